// Contacts whose id is the text or whose name, e-mail or title matches the Lucene query, best first (an exact id
// first), with their employer and its account.
// Parameters: id (the text as typed), query (Lucene query, terms escaped), limit (int)
// Returns: id, name, detail (list of strings), entityId, accountId, accountName, score
CALL {
  MATCH (node:Contact {id: $id}) RETURN node, 1.0e9 AS score
  UNION
  CALL db.index.fulltext.queryNodes('contact_name_fulltext', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
ORDER BY score DESC, node.id
LIMIT $limit
OPTIONAL MATCH (node)-[:WORKS_AT]->(e:LegalEntity)
OPTIONAL MATCH (parent:LegalEntity {id: e.qgFamily})
RETURN node.id AS id, node.name AS name, [x IN [node.title, e.name, node.email] WHERE x IS NOT NULL] AS detail,
       e.id AS entityId, coalesce(e.qgFamily, e.id) AS accountId, coalesce(parent.name, e.name) AS accountName, score
ORDER BY score DESC, id
