// The latest stored snapshot's tier and outcome of each given account (accounts without one are left out).
// Parameters: accountIds (list)
// Returns: accountId, tier, outcome
UNWIND $accountIds AS id
CALL (id) {
  MATCH (s:ScoreSnapshot {accountId: id})
  RETURN s
  ORDER BY s.runAt DESC
  LIMIT 1
}
RETURN id AS accountId, s.tier AS tier, s.outcome AS outcome
