// A page of the maintained members of a family, in id order, each with its controlling parent.
// Parameters: family (ultimate parent id), skip, limit
// Returns: id, parent
MATCH (m:LegalEntity)
WHERE m.qgFamily = $family
RETURN m.id AS id, m.qgParent AS parent
ORDER BY m.qgFamily, m.id
SKIP $skip LIMIT $limit
