// Names of the nodes behind ids, for labels on the page: legal entities (with their stored current risk level and
// account), persons, contacts (with title, employer's account) and leads; ids that name nothing are left out.
// Parameters: ids (list of strings)
// Returns: id, kind (ENTITY, PERSON, CONTACT, LEAD), name, title, accountId, riskLevel
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (n:LegalEntity {id: id}) RETURN 'ENTITY' AS kind, n, n.qgFamily AS accountId
  UNION
  WITH id
  MATCH (n:Person {id: id}) RETURN 'PERSON' AS kind, n, null AS accountId
  UNION
  WITH id
  MATCH (n:Contact {id: id})
  OPTIONAL MATCH (n)-[:WORKS_AT]->(e:LegalEntity)
  RETURN 'CONTACT' AS kind, n, coalesce(e.qgFamily, e.id) AS accountId
  UNION
  WITH id
  MATCH (n:Lead {id: id})
  OPTIONAL MATCH (n)-[:ABOUT]->(:Contact)-[:WORKS_AT]->(e:LegalEntity)
  RETURN 'LEAD' AS kind, n, coalesce(e.qgFamily, e.id) AS accountId
}
RETURN id, kind, coalesce(n.name, n.email) AS name, n.title AS title, accountId,
       CASE kind WHEN 'ENTITY' THEN n.qgRiskLevel END AS riskLevel
