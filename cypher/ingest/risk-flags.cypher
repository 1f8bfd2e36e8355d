// Upserts risk flags by id with (:LegalEntity|Person)-[:FLAGGED]->(:RiskFlag), writing only what differs, so that re-sending changes nothing;
// a row naming another subject than stored moves the relationship.
// Parameters: $rows: list of {id, subject, props} (props: the row's non-null properties)
// Returns: created, updated (rows whose node was new / had a differing property or subject)
UNWIND $rows AS row
OPTIONAL MATCH (le:LegalEntity {id: row.subject})
OPTIONAL MATCH (pe:Person {id: row.subject})
WITH row, coalesce(le, pe) AS target
OPTIONAL MATCH (old:RiskFlag {id: row.id})
WITH row, target, old, head([(old)<-[:FLAGGED]-(t) | t]) AS was
WITH row, target, old IS NULL AS isNew,
     old IS NOT NULL AND (was IS NULL OR was <> target OR any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k])) AS changed
MERGE (n:RiskFlag {id: row.id})
FOREACH (_ IN CASE WHEN isNew OR changed THEN [1] ELSE [] END | SET n += row.props)
FOREACH (stale IN [(n)<-[r:FLAGGED]-(t) WHERE t <> target | r] | DELETE stale)
MERGE (n)<-[:FLAGGED]-(target)
RETURN count(CASE WHEN isNew THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
