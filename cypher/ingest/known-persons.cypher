// Which of the given ids are persons already in the graph (reference checks of a bundle).
// Parameters: $ids: list of ids
// Returns: id (one row per id that exists)
UNWIND $ids AS id
MATCH (n:Person {id: id})
RETURN n.id AS id
