// The legal entities linked to any of the given legal entities by a stake valid on a day, in either direction.
// Parameters: ids (list of entity ids), day (date)
// Returns: id (distinct)
UNWIND $ids AS id
MATCH (:LegalEntity {id: id})-[r:OWNS]-(n:LegalEntity)
WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
RETURN DISTINCT n.id AS id
