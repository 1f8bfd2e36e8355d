// Names of legal entities by id (for the accounts the review queue is grouped by); unknown ids are left out.
// Parameters: ids (list of strings)
// Returns: id, name
UNWIND $ids AS id
MATCH (e:LegalEntity {id: id})
RETURN e.id AS id, e.name AS name
