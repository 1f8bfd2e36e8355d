// Names of legal entities by id (the accounts of a review-queue group or of an inbox page); unknown ids are left out.
// Parameters: ids (list of strings)
// Returns: id, name
UNWIND $ids AS id
MATCH (e:LegalEntity {id: id})
RETURN e.id AS id, e.name AS name
