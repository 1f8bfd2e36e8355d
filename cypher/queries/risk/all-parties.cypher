// Every legal entity and person with the attributes risk reads and all their risk flags.
// Parameters: none
// Returns: id, name, person, country, pep, flags (list of maps id, type, source, listedAt, delistedAt)
MATCH (n)
WHERE n:LegalEntity OR n:Person
OPTIONAL MATCH (n)-[:FLAGGED]->(f:RiskFlag)
RETURN n.id AS id, n.name AS name, n:Person AS person, coalesce(n.jurisdiction, n.nationality) AS country,
       coalesce(n.pep, false) AS pep,
       collect(f {.id, .type, .source, .listedAt, .delistedAt}) AS flags
