// Leads whose stored decision is due: never evaluated, marked stale, past their recheckAt, or by another model.
// Parameters: now (DateTime), model (version in force now), limit
// Returns: id
MATCH (l:Lead)
WHERE l.qgEvaluatedAt IS NULL OR l.qgStale = true OR l.qgRecheckAt <= $now OR l.qgModel <> $model
RETURN l.id AS id
LIMIT $limit
