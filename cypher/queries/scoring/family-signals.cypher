// Everything the account scorer reads about the given entities (family members), one row per entity: its
// firmographics, its contacts with their events in [since, asOf] and their roles on opportunities open at asOf,
// and the intent signals about it observed in [since, asOf]. The scorer takes industry and country from the
// ultimate parent, sums headcount and looks for any regulated member.
// Parameters: entityIds (list), since (DateTime), sinceByType (map type -> DateTime: older events of that type carry
//             no points), asOf (DateTime)
// Returns: id, name, industry, jurisdiction, employees, regulated,
//          contacts ([{id, name, email, seniority, department, title, events: [{id, type, at}], roles: [role]}]),
//          intent ([{id, topic, strength, observedAt}])
UNWIND $entityIds AS entityId
MATCH (e:LegalEntity {id: entityId})
RETURN e.id AS id, e.name AS name, e.industry AS industry, e.jurisdiction AS jurisdiction,
       coalesce(e.employees, 0) AS employees, coalesce(e.regulated, false) AS regulated,
       COLLECT {
         MATCH (c:Contact)-[:WORKS_AT]->(e)
         RETURN {id: c.id, name: c.name, email: c.email, seniority: c.seniority, department: c.department, title: c.title,
                 events: COLLECT {
                   MATCH (c)-[:PERFORMED]->(ev:Engagement)
                   WHERE ev.at <= $asOf AND ev.at >= coalesce($sinceByType[ev.type], $since)
                   RETURN {id: ev.id, type: ev.type, at: ev.at}
                 },
                 roles: COLLECT {
                   MATCH (c)-[r:ON_COMMITTEE]->(o:Opportunity)
                   WHERE o.createdAt <= $asOf AND (o.closedAt IS NULL OR o.closedAt > $asOf)
                   RETURN DISTINCT r.role
                 }}
       } AS contacts,
       COLLECT {
         MATCH (i:IntentSignal)-[:ABOUT]->(e)
         WHERE i.observedAt >= $since AND i.observedAt <= $asOf
         RETURN {id: i.id, topic: i.topic, strength: coalesce(i.strength, 0.0), observedAt: i.observedAt}
       } AS intent
