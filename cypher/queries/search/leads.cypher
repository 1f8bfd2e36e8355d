// Leads whose id is the text or whose name, e-mail or company matches the Lucene query, best first (an exact id
// first), with the contact they are about, its employer and its account; the contact's name stands in for a lead
// that has none of its own.
// Parameters: id (the text as typed), query (Lucene query, terms escaped), limit (int)
// Returns: id, name, detail (list of strings), entityId, accountId, accountName, score
CALL {
  MATCH (node:Lead {id: $id}) RETURN node, 1.0e9 AS score
  UNION
  CALL db.index.fulltext.queryNodes('lead_name_fulltext', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
ORDER BY score DESC, node.id
LIMIT $limit
OPTIONAL MATCH (node)-[:ABOUT]->(c:Contact)
OPTIONAL MATCH (c)-[:WORKS_AT]->(e:LegalEntity)
OPTIONAL MATCH (parent:LegalEntity {id: e.qgFamily})
RETURN node.id AS id, coalesce(node.name, c.name, node.email, c.email) AS name,
       [x IN [coalesce(node.company, e.name), node.source, coalesce(node.email, c.email)] WHERE x IS NOT NULL] AS detail,
       e.id AS entityId, coalesce(e.qgFamily, e.id) AS accountId, coalesce(parent.name, e.name) AS accountName, score
ORDER BY score DESC, id
