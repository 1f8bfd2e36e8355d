// Upserts OWNS stakes keyed by (owner, owned, since), so that re-sending is idempotent and different
// periods of the same pair coexist; writes only properties that differ.
// Parameters: $rows: list of {owner, owned, since (Date or null), props} (props: non-null share, shareMin,
//   shareMax, since, until, source); owner is a LegalEntity or Person id, owned a LegalEntity id
// Returns: created, updated
UNWIND $rows AS row
MATCH (owned:LegalEntity {id: row.owned})
OPTIONAL MATCH (le:LegalEntity {id: row.owner})
OPTIONAL MATCH (pe:Person {id: row.owner})
WITH row, owned, coalesce(le, pe) AS owner
OPTIONAL MATCH (owner)-[old:OWNS]->(owned)
  WHERE (row.since IS NULL AND old.since IS NULL) OR old.since = row.since
WITH row, owner, owned, old, old IS NULL AS isNew, old IS NOT NULL AND any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]) AS changed
FOREACH (_ IN CASE WHEN isNew THEN [1] ELSE [] END | CREATE (owner)-[r:OWNS]->(owned) SET r = row.props)
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET old += row.props)
RETURN count(CASE WHEN isNew THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
