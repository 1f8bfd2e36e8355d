// Every risk flag with the id of the person or legal entity it is on.
// Parameters: none
// Returns: subjectId, id, type, source, listedAt, delistedAt
MATCH (n)-[:FLAGGED]->(f:RiskFlag)
WHERE n:LegalEntity OR n:Person
RETURN n.id AS subjectId, f.id AS id, f.type AS type, f.source AS source, f.listedAt AS listedAt, f.delistedAt AS delistedAt
