// The employer of a contact, to find the family whose committee and control path the contact belongs to.
// Parameters: id
// Returns: entityId (null when the contact works nowhere we know)
MATCH (c:Contact {id: $id})
OPTIONAL MATCH (c)-[:WORKS_AT]->(e:LegalEntity)
RETURN e.id AS entityId
