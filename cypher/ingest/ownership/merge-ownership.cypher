// Creates or updates stakes from an import, one OWNS per source statement (re-importing changes nothing).
// Parameters: rows (list of {owner, owned, share, shareMin, shareMax, since (date), until (date), source}), person (boolean: owners are persons)
// Returns: nothing
UNWIND $rows AS row
MATCH (x:LegalEntity {id: row.owned})
OPTIONAL MATCH (pe:Person {id: row.owner}) WHERE $person
OPTIONAL MATCH (le:LegalEntity {id: row.owner}) WHERE NOT $person
WITH row, x, coalesce(pe, le) AS o
WHERE o IS NOT NULL
MERGE (o)-[r:OWNS {source: row.source}]->(x)
SET r.share = row.share, r.shareMin = row.shareMin, r.shareMax = row.shareMax, r.since = row.since, r.until = row.until
