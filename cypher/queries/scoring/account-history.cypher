// The stored snapshots of one account, newest run first.
// Parameters: accountId, limit
// Returns: runId, asOf, runAt, modelVersion, score, grade, tier, outcome, route, riskLevel
MATCH (s:ScoreSnapshot {accountId: $accountId})
RETURN s.runId AS runId, s.asOf AS asOf, s.runAt AS runAt, s.modelVersion AS modelVersion, s.score AS score,
       s.grade AS grade, s.tier AS tier, s.outcome AS outcome, s.route AS route, s.riskLevel AS riskLevel
ORDER BY s.runAt DESC
LIMIT $limit
