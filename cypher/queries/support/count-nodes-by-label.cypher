// Counts the nodes of every label and the relationships of every type, for the load summary and the seed check.
// Parameters: none
// Returns: kind ('label' or 'relationship'), name (string), count (integer)
CALL db.labels() YIELD label
CALL (label) {
  MATCH (n) WHERE label IN labels(n)
  RETURN count(n) AS count
}
RETURN 'label' AS kind, label AS name, count
UNION ALL
CALL db.relationshipTypes() YIELD relationshipType
CALL (relationshipType) {
  MATCH ()-[r]->() WHERE type(r) = relationshipType
  RETURN count(r) AS count
}
RETURN 'relationship' AS kind, relationshipType AS name, count
