// Every stored scoring-model version with its text and when it was stored.
// Parameters: none
// Returns: version, text, createdAt, createdBy
MATCH (m:ScoringModel)
RETURN m.version AS version, m.text AS text, m.createdAt AS createdAt, m.createdBy AS createdBy
ORDER BY m.createdAt, m.version
