// The legal entities connected to one entity by stakes between legal entities at any time, in either direction.
// Parameters: id (entity id)
// Returns: id (one row per entity of the component, the start included)
MATCH (s:LegalEntity {id: $id})
MATCH ANY SHORTEST (s)((:LegalEntity)-[:OWNS]-(:LegalEntity))*(n:LegalEntity)
RETURN DISTINCT n.id AS id
