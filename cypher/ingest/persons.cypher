// Upserts persons by id, writing only properties that differ, so that re-sending changes nothing.
// Absent (null) fields leave the stored value as it is.
// Parameters: $rows: list of {id, props} (props: the row's non-null properties)
// Returns: created, updated (rows whose node was new / had a differing property)
UNWIND $rows AS row
OPTIONAL MATCH (old:Person {id: row.id})
WITH row, old IS NULL AS isNew, old IS NOT NULL AND any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]) AS changed
MERGE (n:Person {id: row.id})
FOREACH (_ IN CASE WHEN isNew OR changed THEN [1] ELSE [] END | SET n += row.props)
RETURN count(CASE WHEN isNew THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
