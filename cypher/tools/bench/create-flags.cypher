// Benchmark only (benchmark-risk; fresh database): flags existing parties.
// Parameters: rows (list of maps id, subject, type, listedAt)
// Returns: nothing
UNWIND $rows AS row
OPTIONAL MATCH (le:LegalEntity {id: row.subject})
OPTIONAL MATCH (pe:Person {id: row.subject})
WITH row, coalesce(le, pe) AS subject
CREATE (subject)-[:FLAGGED]->(:RiskFlag {id: row.id, type: row.type, source: 'benchmark list', listedAt: row.listedAt})
