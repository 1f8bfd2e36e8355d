// The given persons and legal entities with the attributes risk reads and all their risk flags.
// Parameters: ids (list of ids)
// Returns: id, name, person, country, pep, flags (list of maps id, type, source, listedAt, delistedAt)
UNWIND $ids AS id
OPTIONAL MATCH (e:LegalEntity {id: id})
OPTIONAL MATCH (p:Person {id: id})
WITH coalesce(e, p) AS n
WHERE n IS NOT NULL
OPTIONAL MATCH (n)-[:FLAGGED]->(f:RiskFlag)
RETURN n.id AS id, n.name AS name, n:Person AS person, coalesce(n.jurisdiction, n.nationality) AS country,
       coalesce(n.pep, false) AS pep,
       collect(f {.id, .type, .source, .listedAt, .delistedAt}) AS flags
