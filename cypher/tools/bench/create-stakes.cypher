// Benchmark only (benchmark-risk, benchmark-structure; fresh database): creates OWNS stakes between existing parties.
// Parameters: rows (list of maps owner, owned, share, since)
// Returns: nothing
UNWIND $rows AS row
MATCH (owned:LegalEntity {id: row.owned})
OPTIONAL MATCH (le:LegalEntity {id: row.owner})
OPTIONAL MATCH (pe:Person {id: row.owner})
WITH row, owned, coalesce(le, pe) AS owner
CREATE (owner)-[:OWNS {share: row.share, since: row.since, source: 'benchmark'}]->(owned)
