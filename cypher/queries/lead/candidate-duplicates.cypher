// For a batch of leads, the earlier open lead each repeats: the earliest other lead with the same e-mail created inside
// the duplicate window and before it (at the same instant, the lower id), not converted, disqualified, unqualified or
// rejected; named as the lead it repeats in turn, so that a chain points at its first lead. Set-based: a record only for
// a lead that repeats one. Index hints keep each lookup a seek whatever the statistics say.
// Parameters: rows: list of {lead (lead id), email, createdAt (DateTime), windowStart (DateTime)}
// Returns: lead, duplicateOf (lead id)
UNWIND $rows AS row
MATCH (o:Lead {email: row.email}) USING INDEX o:Lead(email)
WHERE o.id <> row.lead AND coalesce(o.createdAt, o.receivedAt) >= row.windowStart
  AND (coalesce(o.createdAt, o.receivedAt) < row.createdAt
       OR (coalesce(o.createdAt, o.receivedAt) = row.createdAt AND o.id < row.lead))
  AND NOT coalesce(o.status, '') IN ['CONVERTED', 'DISQUALIFIED', 'UNQUALIFIED']
  AND NOT coalesce(o.qgStage, '') IN ['CONVERTED', 'REJECTED']
WITH row.lead AS lead, o ORDER BY coalesce(o.createdAt, o.receivedAt), o.id
WITH lead, head(collect(o)) AS first
RETURN lead, coalesce(first.duplicateOf, first.id) AS duplicateOf
