// The legal entities owned by each of the given parties (persons or entities) through OWNS valid on a day.
// Parameters: ids (list of party ids), day (date)
// Returns: ownedId
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (o:LegalEntity {id: id}) RETURN o
  UNION
  WITH id
  MATCH (o:Person {id: id}) RETURN o
}
MATCH (o)-[r:OWNS]->(x:LegalEntity)
WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
RETURN DISTINCT x.id AS ownedId
