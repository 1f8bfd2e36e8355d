// Stores a snapshot of each account whose tier or outcome differs from its latest snapshot (or that has none), outside
// any run: the automatic history between daily runs.
// Parameters: asOf (DateTime), runAt (DateTime),
//             rows ([{accountId, accountName, modelVersion, score, grade, tier, outcome, route, riskLevel, recheckAt,
//                     tierHeld}])
// Returns: stored (count of snapshots)
UNWIND $rows AS row
CREATE (s:ScoreSnapshot {asOf: $asOf, runAt: $runAt, trigger: 'CHANGE'})
SET s += row
RETURN count(s) AS stored
