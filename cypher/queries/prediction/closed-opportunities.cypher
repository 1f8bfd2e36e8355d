// Closed opportunities to learn from and back-test on: the entity each is for, when it was created, whether it was won.
// Parameters: none
// Returns: id, entityId, createdAt (DateTime), won (boolean); oldest first
MATCH (o:Opportunity)-[:FOR]->(e:LegalEntity)
WHERE o.outcome IN ['WON', 'LOST'] AND o.createdAt IS NOT NULL
RETURN o.id AS id, e.id AS entityId, o.createdAt AS createdAt, o.outcome = 'WON' AS won
ORDER BY createdAt, id
