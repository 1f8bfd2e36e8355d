// Benchmark report only: a statement that reads nothing, so that a timed read is set beside the cost of any read
// transaction in process on this machine (session, transaction, one round trip over Bolt).
// Parameters: none
// Returns: one
RETURN 1 AS one
