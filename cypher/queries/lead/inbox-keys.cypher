// What the inbox filters and orders every decided lead by (its rules are Java's: Inbox), without the fields only a
// listed row shows; the page's rows are then read by inbox-rows. A lead that names only its contact is no different.
// Parameters: changedSince (DateTime or null: leads whose outcome, route or stage changed since then)
// Returns: leadId, source, status, stage, outcome, route, contactBy, score, accountId, duplicateOf
MATCH (l:Lead)
WHERE l.qgOutcome IS NOT NULL AND ($changedSince IS NULL OR l.qgDecidedAt >= $changedSince)
RETURN l.id AS leadId, l.source AS source, l.status AS status, l.qgStage AS stage, l.qgOutcome AS outcome,
       l.qgRoute AS route, l.qgContactBy AS contactBy, l.qgScore AS score, l.qgAccount AS accountId,
       l.duplicateOf AS duplicateOf
