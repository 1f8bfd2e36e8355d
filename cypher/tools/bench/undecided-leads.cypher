// Benchmark report only: how many leads wait for a decision (a write marked them stale, none has been stored since).
// Parameters: none
// Returns: leads
MATCH (l:Lead)
WHERE l.qgStale = true
RETURN count(l) AS leads
