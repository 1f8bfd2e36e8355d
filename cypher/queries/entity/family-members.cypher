// A page of the maintained members of a family, in id order, each with its controlling parent. The predicate on
// m.id lets the planner seek and order by the composite index (qgFamily, id) instead of scanning every entity.
// Parameters: family (ultimate parent id), skip, limit
// Returns: id, parent
MATCH (m:LegalEntity)
WHERE m.qgFamily = $family AND m.id IS NOT NULL
RETURN m.id AS id, m.qgParent AS parent
ORDER BY m.qgFamily, m.id
SKIP $skip LIMIT $limit
