// Benchmark data only: creates engagement events for existing contacts without the ingest checks, for speed.
// Parameters: rows ([{id, contact, type, at (DateTime)}])
// Returns: created
UNWIND $rows AS row
MATCH (c:Contact {id: row.contact})
CREATE (c)-[:PERFORMED]->(:Engagement {id: row.id, type: row.type, at: row.at})
RETURN count(*) AS created
