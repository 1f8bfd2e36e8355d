// Legal entities whose id is the text or whose name matches the Lucene query, best first (an exact id first), with
// the account (the family's ultimate parent, as maintained at write time) each belongs to.
// Parameters: id (the text as typed), query (Lucene query, terms escaped), limit (int)
// Returns: id, name, detail (list of strings), entityId, accountId, accountName, score
CALL {
  MATCH (node:LegalEntity {id: $id}) RETURN node, 1.0e9 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_name_fulltext', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
ORDER BY score DESC, node.id
LIMIT $limit
OPTIONAL MATCH (parent:LegalEntity {id: node.qgFamily})
RETURN node.id AS id, node.name AS name, [x IN [node.jurisdiction, node.industry] WHERE x IS NOT NULL] AS detail,
       node.id AS entityId, coalesce(node.qgFamily, node.id) AS accountId,
       coalesce(parent.name, node.name) AS accountName, score
ORDER BY score DESC, id
