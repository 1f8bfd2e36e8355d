// Benchmark report only: how the benchmark's imported leads resolved.
// Parameters: none
// Returns: method (null for unmatched), leads
MATCH (l:Lead)
WHERE l.id STARTS WITH 'BENCH-BULK-'
RETURN l.matchMethod AS method, count(*) AS leads
ORDER BY leads DESC
