// Leads whose stored decision is due: never evaluated, marked stale, a recheckAt that has arrived since the last
// evaluation (a recheck date from the evidence may lie in the past: once evaluated after it, the lead is not due again),
// or decided by another model.
// Parameters: now (DateTime), model (version in force now), limit
// Returns: id
MATCH (l:Lead)
WHERE l.qgEvaluatedAt IS NULL OR l.qgStale = true OR (l.qgRecheckAt <= $now AND l.qgEvaluatedAt < l.qgRecheckAt) OR l.qgModel <> $model
RETURN l.id AS id
LIMIT $limit
