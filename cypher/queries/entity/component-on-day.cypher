// The legal entities connected to one entity by stakes between legal entities valid on a day, in either direction.
// Parameters: id (entity id), day (date)
// Returns: id (one row per entity of the component, the start included)
MATCH (s:LegalEntity {id: $id})
MATCH ANY SHORTEST (s)((:LegalEntity)-[r:OWNS WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)]-(:LegalEntity))*(n:LegalEntity)
RETURN DISTINCT n.id AS id
