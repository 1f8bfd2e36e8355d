// One contact with its events in [since, asOf], its roles on opportunities open at asOf and its employer.
// Parameters: id, since (DateTime), sinceByType (map type -> DateTime: older events of that type carry no points), asOf (DateTime)
// Returns: id, name, email, seniority, department, title, entityId, employees, events ([{id, type, at}]), roles (list)
MATCH (c:Contact {id: $id})
OPTIONAL MATCH (c)-[:WORKS_AT]->(e:LegalEntity)
CALL (c) {
  OPTIONAL MATCH (c)-[:PERFORMED]->(ev:Engagement)
  WHERE ev.at <= $asOf AND ev.at >= coalesce($sinceByType[ev.type], $since)
  RETURN collect({id: ev.id, type: ev.type, at: ev.at}) AS events
}
CALL (c) {
  OPTIONAL MATCH (c)-[r:ON_COMMITTEE]->(o:Opportunity)
  WHERE o.createdAt <= $asOf AND (o.closedAt IS NULL OR o.closedAt > $asOf)
  RETURN collect(DISTINCT r.role) AS roles
}
RETURN c.id AS id, c.name AS name, c.email AS email, c.seniority AS seniority, c.department AS department,
       c.title AS title, e.id AS entityId, coalesce(e.employees, 0) AS employees, events, roles
