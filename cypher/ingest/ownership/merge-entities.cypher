// Creates or updates legal entities from an import (fields that are null are left as they were).
// Parameters: rows (list of {id, name, jurisdiction, lei})
// Returns: nothing
UNWIND $rows AS row
MERGE (e:LegalEntity {id: row.id})
SET e.name = coalesce(row.name, e.name), e.jurisdiction = coalesce(row.jurisdiction, e.jurisdiction),
    e.lei = coalesce(row.lei, e.lei)
