// The id of every legal entity.
// Parameters: none
// Returns: id
MATCH (e:LegalEntity)
RETURN e.id AS id
