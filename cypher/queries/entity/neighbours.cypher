// The legal entities linked to any of the given legal entities by a stake in either direction, at any time.
// Parameters: ids (list of entity ids)
// Returns: id (distinct)
UNWIND $ids AS id
MATCH (:LegalEntity {id: id})-[:OWNS]-(n:LegalEntity)
RETURN DISTINCT n.id AS id
