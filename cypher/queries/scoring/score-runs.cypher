// Stored re-score runs, newest first: all of them up to $limit, or the one with id $id.
// Parameters: id (a run id, or null for every run), limit
// Returns: id, asOf, runAt, modelVersion, accounts
MATCH (r:ScoreRun)
WHERE $id IS NULL OR r.id = $id
RETURN r.id AS id, r.asOf AS asOf, r.runAt AS runAt, r.modelVersion AS modelVersion, r.accounts AS accounts
ORDER BY r.runAt DESC
LIMIT $limit
