// Upserts leads by id with (:Lead)-[:ABOUT]->(:Contact), writing only what differs, so that re-sending changes nothing;
// a row naming another contact than stored moves the relationship.
// Parameters: $rows: list of {id, contact, props} (props: the row's non-null properties)
// Returns: created, updated (rows whose node was new / had a differing property or contact)
UNWIND $rows AS row
MATCH (target:Contact {id: row.contact})
OPTIONAL MATCH (old:Lead {id: row.id})
WITH row, target, old, head([(old)-[:ABOUT]->(t) | t]) AS was
WITH row, target, old IS NULL AS isNew,
     old IS NOT NULL AND (was IS NULL OR was <> target OR any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k])) AS changed
MERGE (n:Lead {id: row.id})
FOREACH (_ IN CASE WHEN isNew OR changed THEN [1] ELSE [] END | SET n += row.props)
FOREACH (stale IN [(n)-[r:ABOUT]->(t) WHERE t <> target | r] | DELETE stale)
MERGE (n)-[:ABOUT]->(target)
RETURN count(CASE WHEN isNew THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
