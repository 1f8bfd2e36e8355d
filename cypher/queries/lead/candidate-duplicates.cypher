// For a batch of leads, the other leads with the same e-mail created inside the duplicate window and not after the
// lead: the leads the duplicate rule (lead.Duplicates, where it is decided) may choose from. Set-based: a record per
// such lead. Index hints keep each lookup a seek whatever the statistics say.
// Parameters: rows: list of {lead (lead id), email, createdAt (DateTime), windowStart (DateTime)}
// Returns: lead, id, createdAt (DateTime; receivedAt when not given), status, stage (the sales stage, qgStage),
//          duplicateOf (as stored)
UNWIND $rows AS row
MATCH (o:Lead {email: row.email}) USING INDEX o:Lead(email)
WITH row, o, coalesce(o.createdAt, o.receivedAt) AS created
WHERE o.id <> row.lead AND created >= row.windowStart AND created <= row.createdAt
RETURN row.lead AS lead, o.id AS id, created AS createdAt, o.status AS status, o.qgStage AS stage,
       o.duplicateOf AS duplicateOf
