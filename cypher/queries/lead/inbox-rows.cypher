// Every lead with its stored decision, as the inbox lists it (filters, order and paging are applied by the caller).
// A lead that names only a contact (outbound, partner) shows its contact's name and e-mail.
// Parameters: changedSince (DateTime or null: leads whose outcome, route or stage changed since then)
// Returns: leadId, name, email, company, source, status, createdAt, stage, outcome, route, contactBy, score,
//          matchMethod, matchConfidence (null when unmatched), accountId, tier, riskLevel, recheckAt, decidedAt,
//          duplicateOf
MATCH (l:Lead)
WHERE l.qgOutcome IS NOT NULL AND ($changedSince IS NULL OR l.qgDecidedAt >= $changedSince)
WITH l, CASE WHEN l.name IS NULL OR l.email IS NULL THEN head([(l)-[:ABOUT]->(c:Contact) | c]) END AS contact
RETURN l.id AS leadId, coalesce(l.name, contact.name) AS name, coalesce(l.email, contact.email) AS email,
       l.company AS company, l.source AS source,
       l.status AS status, coalesce(l.createdAt, l.receivedAt) AS createdAt, l.qgStage AS stage,
       l.qgOutcome AS outcome, l.qgRoute AS route, l.qgContactBy AS contactBy, l.qgScore AS score,
       l.matchMethod AS matchMethod, l.matchConfidence AS matchConfidence,
       l.qgAccount AS accountId, l.qgTier AS tier, l.qgRiskLevel AS riskLevel, l.qgRecheckAt AS recheckAt,
       l.qgDecidedAt AS decidedAt, l.duplicateOf AS duplicateOf
