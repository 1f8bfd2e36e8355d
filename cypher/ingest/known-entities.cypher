// Which of the given ids are legal entities already in the graph (reference checks of a bundle).
// Parameters: $ids: list of ids
// Returns: id (one row per id that exists)
UNWIND $ids AS id
MATCH (n:LegalEntity {id: id})
RETURN n.id AS id
