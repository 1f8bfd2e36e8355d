// Firmographics of the given entities (family members): the scorer takes industry and country from the
// ultimate parent, sums headcount and looks for any regulated member.
// Parameters: entityIds (list)
// Returns: id, name, industry, jurisdiction, employees, regulated
MATCH (e:LegalEntity)
WHERE e.id IN $entityIds
RETURN e.id AS id, e.name AS name, e.industry AS industry, e.jurisdiction AS jurisdiction,
       coalesce(e.employees, 0) AS employees, coalesce(e.regulated, false) AS regulated
