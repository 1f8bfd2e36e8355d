// Benchmark only (benchmark-risk, benchmark-structure; fresh database): creates legal entities.
// Parameters: rows (list of maps id, jurisdiction)
// Returns: nothing
UNWIND $rows AS row
CREATE (:LegalEntity {id: row.id, name: row.id, jurisdiction: row.jurisdiction})
