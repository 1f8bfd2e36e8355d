// Which of the given lead ids are stored already, read inside the write that is about to write them: a write of leads
// only resolves the others before storing them (support.NewLeadsWriter, ADR 0029).
// Index hints keep each lookup by id a seek while the store's statistics lag behind a bulk import.
// Parameters: $ids: list of lead ids
// Returns: id (one row per id that exists)
UNWIND $ids AS id
MATCH (n:Lead {id: id}) USING INDEX n:Lead(id)
RETURN n.id AS id
