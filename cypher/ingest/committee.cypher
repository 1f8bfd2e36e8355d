// Upserts buying-committee seats (:Contact)-[:ON_COMMITTEE {role}]->(:Opportunity), one per pair;
// seats not named are kept (a bundle adds and changes, it does not remove).
// Parameters: $rows: list of {opportunity, contact, role}
// Returns: created, updated
UNWIND $rows AS row
MATCH (c:Contact {id: row.contact})
MATCH (o:Opportunity {id: row.opportunity})
OPTIONAL MATCH (c)-[old:ON_COMMITTEE]->(o)
WITH row, c, o, old IS NULL AS isNew, old IS NOT NULL AND coalesce(old.role, '') <> row.role AS changed
MERGE (c)-[r:ON_COMMITTEE]->(o)
FOREACH (_ IN CASE WHEN isNew OR changed THEN [1] ELSE [] END | SET r.role = row.role)
RETURN count(CASE WHEN isNew THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
