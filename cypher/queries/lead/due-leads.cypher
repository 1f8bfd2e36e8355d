// Leads whose stored decision is due: never evaluated, marked stale, a recheckAt that has arrived since the last
// evaluation (a recheck date from the evidence may lie in the past: once evaluated after it, the lead is not due again),
// or decided by another model. Ordered by the family of the matched entity, so that a batch of them holds whole
// families and each family is scored once.
// Parameters: now (DateTime), model (version in force now)
// Returns: id
MATCH (l:Lead)
WHERE l.qgEvaluatedAt IS NULL OR l.qgStale = true OR (l.qgRecheckAt <= $now AND l.qgEvaluatedAt < l.qgRecheckAt) OR l.qgModel <> $model
OPTIONAL MATCH (e:LegalEntity {id: l.matchEntity})
RETURN l.id AS id
ORDER BY coalesce(e.qgFamily, e.id, ''), l.id
