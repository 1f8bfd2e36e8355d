// Counts the nodes of every label, for the load summary and the seed check.
// Parameters: none
// Returns: label (string), count (integer)
CALL db.labels() YIELD label
CALL (label) {
  MATCH (n) WHERE label IN labels(n)
  RETURN count(n) AS count
}
RETURN label, count
ORDER BY label
