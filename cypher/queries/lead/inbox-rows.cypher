// The inbox rows of the leads $ids (one page, in any order), with their stored decision. A lead that names only a
// contact (outbound, partner) shows its contact's name and e-mail.
// Index hints keep each lookup by id a seek while the store's statistics lag behind a bulk import.
// Parameters: ids (list of lead ids)
// Returns: leadId, name, email, company, source, status, createdAt, stage, outcome, route, contactBy, score,
//          matchMethod, matchConfidence (null when unmatched), accountId, tier, riskLevel, recheckAt, decidedAt,
//          duplicateOf
UNWIND $ids AS id
MATCH (l:Lead {id: id}) USING INDEX l:Lead(id)
WITH l, CASE WHEN l.name IS NULL OR l.email IS NULL THEN head([(l)-[:ABOUT]->(c:Contact) | c]) END AS contact
RETURN l.id AS leadId, coalesce(l.name, contact.name) AS name, coalesce(l.email, contact.email) AS email,
       l.company AS company, l.source AS source,
       l.status AS status, coalesce(l.createdAt, l.receivedAt) AS createdAt, l.qgStage AS stage,
       l.qgOutcome AS outcome, l.qgRoute AS route, l.qgContactBy AS contactBy, l.qgScore AS score,
       l.matchMethod AS matchMethod, l.matchConfidence AS matchConfidence,
       l.qgAccount AS accountId, l.qgTier AS tier, l.qgRiskLevel AS riskLevel, l.qgRecheckAt AS recheckAt,
       l.qgDecidedAt AS decidedAt, l.duplicateOf AS duplicateOf
