// Upserts opportunities by id with (:Opportunity)-[:FOR]->(:LegalEntity), writing only what differs, so that re-sending changes nothing;
// a row naming another entity than stored moves the relationship.
// Parameters: $rows: list of {id, entity, props} (props: the row's non-null properties)
// Returns: created, updated (rows whose node was new / had a differing property or entity)
UNWIND $rows AS row
MATCH (target:LegalEntity {id: row.entity})
OPTIONAL MATCH (old:Opportunity {id: row.id})
WITH row, target, old, head([(old)-[:FOR]->(t) | t]) AS was
WITH row, target, old IS NULL AS isNew,
     old IS NOT NULL AND (was IS NULL OR was <> target OR any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k])) AS changed
MERGE (n:Opportunity {id: row.id})
FOREACH (_ IN CASE WHEN isNew OR changed THEN [1] ELSE [] END | SET n += row.props)
FOREACH (stale IN [(n)-[r:FOR]->(t) WHERE t <> target | r] | DELETE stale)
MERGE (n)-[:FOR]->(target)
RETURN count(CASE WHEN isNew THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
