// Every legal entity and person with the attributes risk reads (flags come from all-flags).
// Parameters: none
// Returns: id, name, person, country, pep, flags (always empty)
MATCH (n)
WHERE n:LegalEntity OR n:Person
RETURN n.id AS id, n.name AS name, n:Person AS person, coalesce(n.jurisdiction, n.nationality) AS country,
       coalesce(n.pep, false) AS pep, [] AS flags
