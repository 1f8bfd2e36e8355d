// The account read model of one legal entity in one statement, for the single-account score: its maintained family
// membership (the columns of entity-membership, tested by Families.maintainedOn); every member of that family in
// id order with its controlling parent, firmographics, stored risk level (the columns of stored-levels), contacts with their events in
// [since, asOf] and roles on opportunities open at asOf, and the intent about it observed in [since, asOf] (the
// columns of family-signals); and every scoring-model activation. The service falls back to the batch statements in
// one read transaction when the membership does not hold, a stored risk level is not for the day, or the model whose
// horizons it used is not the one the activations put in force at asOf.
// Parameters: id (entity id), since (DateTime), sinceByType (map type -> DateTime: older events of that type carry no
//             points), asOf (DateTime)
// Returns: id, name, family (ultimate parent id), parent, size, validFrom, validTo,
//          members ([{id, parent, name, industry, jurisdiction, employees, regulated, risk: {level, day, regime},
//                     contacts: [{id, name, email, seniority, department, title, events: [{id, type, at}], roles: [role]}],
//                     intent: [{id, topic, strength, observedAt}]}]),
//          activations ([{version, at}], oldest first)
MATCH (x:LegalEntity {id: $id})
RETURN x.id AS id, x.name AS name, x.qgFamily AS family, x.qgParent AS parent, x.qgFamilySize AS size,
       x.qgValidFrom AS validFrom, x.qgValidTo AS validTo,
       COLLECT {
         MATCH (e:LegalEntity)
         WHERE e.qgFamily = x.qgFamily AND e.id IS NOT NULL
         RETURN {id: e.id, parent: e.qgParent, name: e.name, industry: e.industry, jurisdiction: e.jurisdiction,
                 employees: coalesce(e.employees, 0), regulated: coalesce(e.regulated, false),
                 risk: {level: e.qgRiskLevel, day: e.qgRiskDay, regime: e.qgRiskRegime},
                 contacts: COLLECT {
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
                 },
                 intent: COLLECT {
                   MATCH (i:IntentSignal)-[:ABOUT]->(e)
                   WHERE i.observedAt >= $since AND i.observedAt <= $asOf
                   RETURN {id: i.id, topic: i.topic, strength: coalesce(i.strength, 0.0), observedAt: i.observedAt}
                 }}
         ORDER BY e.qgFamily, e.id
       } AS members,
       COLLECT {
         MATCH (a:ScoringModelActivation)
         RETURN {version: a.version, at: a.at} ORDER BY a.at, a.seq
       } AS activations
