// Stores one re-score run (an admin's, or the day's automatic one) and a snapshot per account; runs are kept so that
// history can be listed per account.
// Parameters: run ({id, asOf, runAt, modelVersion, accounts, trigger: RESCORE or DAILY}),
//             rows ([{accountId, accountName, score, grade, tier, outcome, route, riskLevel, recheckAt, tierHeld}])
// Returns: stored (count of snapshots)
CREATE (r:ScoreRun {id: $run.id, asOf: $run.asOf, runAt: $run.runAt, modelVersion: $run.modelVersion,
                    accounts: $run.accounts, trigger: $run.trigger})
WITH r
UNWIND $rows AS row
CREATE (s:ScoreSnapshot {runId: r.id, asOf: r.asOf, runAt: r.runAt, modelVersion: r.modelVersion, trigger: r.trigger})
SET s += row
RETURN count(s) AS stored
