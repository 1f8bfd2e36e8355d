// The stored snapshots of one account taken in [from, to], newest first: admin re-score runs, the daily automatic run
// and the snapshots taken when its tier or outcome changed.
// Parameters: accountId, from (DateTime), to (DateTime), limit
// Returns: runId (null for a change snapshot), trigger, asOf, runAt, modelVersion, score, grade, tier, outcome, route,
//          riskLevel
MATCH (s:ScoreSnapshot {accountId: $accountId})
WHERE s.asOf >= $from AND s.asOf <= $to
RETURN s.runId AS runId, coalesce(s.trigger, 'RESCORE') AS trigger, s.asOf AS asOf, s.runAt AS runAt,
       s.modelVersion AS modelVersion, s.score AS score, s.grade AS grade, s.tier AS tier, s.outcome AS outcome,
       s.route AS route, s.riskLevel AS riskLevel
ORDER BY s.runAt DESC
LIMIT $limit
