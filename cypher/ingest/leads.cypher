// Upserts leads by id, writing only what differs, so that re-sending changes nothing. A row naming a contact links
// (:Lead)-[:ABOUT]->(:Contact) (moving a link to another contact); a row without one keeps the lead's link, which
// resolution sets. A lead whose identifying fields changed loses resolvedAt, so that resolution looks at it again; a new
// or changed lead is marked stale (qgStale), so that its decision is made again before the inbox next reads it.
// Index hints keep each lookup by id a seek while the store's statistics lag behind a bulk import.
// Parameters: $rows: list of {id, contact (may be null), props} (props: the row's non-null properties)
// Returns: created, updated (rows whose node was new / had a differing property or contact)
UNWIND $rows AS row
OPTIONAL MATCH (target:Contact {id: row.contact}) USING INDEX target:Contact(id)
OPTIONAL MATCH (old:Lead {id: row.id}) USING INDEX old:Lead(id)
WITH row, target, old, head([(old)-[:ABOUT]->(t) | t]) AS was
WITH row, target, old IS NULL AS isNew,
     old IS NOT NULL AND ((target IS NOT NULL AND (was IS NULL OR was <> target))
       OR any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k])) AS changed,
     old IS NOT NULL AND any(k IN ['contactId', 'email', 'lei', 'website', 'company', 'country']
       WHERE row.props[k] IS NOT NULL AND (old[k] IS NULL OR old[k] <> row.props[k])) AS identityChanged
MERGE (n:Lead {id: row.id})
ON CREATE SET n.receivedAt = datetime()
FOREACH (_ IN CASE WHEN isNew OR changed THEN [1] ELSE [] END | SET n += row.props, n.qgStale = true)
FOREACH (_ IN CASE WHEN identityChanged THEN [1] ELSE [] END | REMOVE n.resolvedAt)
FOREACH (stale IN [(n)-[r:ABOUT]->(t) WHERE target IS NOT NULL AND t <> target | r] | DELETE stale)
WITH n, target, isNew, changed
CALL (n, target) {
  WITH n, target WHERE target IS NOT NULL
  MERGE (n)-[:ABOUT]->(target)
}
RETURN count(CASE WHEN isNew THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
