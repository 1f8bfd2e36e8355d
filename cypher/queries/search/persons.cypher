// Persons (owners) whose id is the text or whose name matches the Lucene query, best first (an exact id first), with
// the first entity they hold directly (by id) and its account.
// Parameters: id (the text as typed), query (Lucene query, terms escaped), limit (int)
// Returns: id, name, detail (list of strings), entityId, accountId, accountName, score
CALL {
  MATCH (node:Person {id: $id}) RETURN node, 1.0e9 AS score
  UNION
  CALL db.index.fulltext.queryNodes('person_name_fulltext', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
ORDER BY score DESC, node.id
LIMIT $limit
CALL {
  WITH node
  OPTIONAL MATCH (node)-[:OWNS]->(e:LegalEntity)
  RETURN e ORDER BY e.id LIMIT 1
}
OPTIONAL MATCH (parent:LegalEntity {id: e.qgFamily})
RETURN node.id AS id, node.name AS name,
       [x IN [node.nationality, CASE WHEN e IS NULL THEN null ELSE 'owner of ' + e.name END] WHERE x IS NOT NULL] AS detail,
       e.id AS entityId, coalesce(e.qgFamily, e.id) AS accountId, coalesce(parent.name, e.name) AS accountName, score
ORDER BY score DESC, id
