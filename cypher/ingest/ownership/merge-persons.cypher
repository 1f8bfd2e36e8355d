// Creates or updates persons from an import (fields that are null are left as they were).
// Parameters: rows (list of {id, name, nationality, pep})
// Returns: nothing
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = coalesce(row.name, p.name), p.nationality = coalesce(row.nationality, p.nationality),
    p.pep = coalesce(row.pep, p.pep)
