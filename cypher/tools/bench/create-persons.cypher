// Benchmark only (benchmark-risk, benchmark-structure; fresh database): creates persons.
// Parameters: rows (list of maps id, pep)
// Returns: nothing
UNWIND $rows AS row
CREATE (:Person {id: row.id, name: row.id, pep: row.pep})
