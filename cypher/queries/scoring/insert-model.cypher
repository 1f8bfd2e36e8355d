// Stores a new scoring-model version; versions are immutable, so an existing one is left as it is.
// Parameters: version, text, createdAt (DateTime), createdBy
// Returns: created (boolean)
MERGE (m:ScoringModel {version: $version})
ON CREATE SET m.text = $text, m.createdAt = $createdAt, m.createdBy = $createdBy, m.isNew = true
WITH m, coalesce(m.isNew, false) AS created
REMOVE m.isNew
RETURN created
