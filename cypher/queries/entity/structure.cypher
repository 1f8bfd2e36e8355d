// The structure of one legal entity in one statement (ADR 0004): its maintained membership and holding count; its
// direct holdings valid on a day (at most $holdingLimit, in storage order: ordering them by id would read every
// subsidiary of a dense holding; holdings-page lists them all in id order); the first $familyLimit members of its
// maintained family in id order (index order); and every stake valid on the day that is held in the entity or in a
// legal entity owning it (through stakes of any time) at most 49 stakes up, 49 being the largest configurable depth
// less one. The caller keeps the stakes that a walk of max-depth stakes valid on the day reaches. The upward
// expansion is a pruning breadth-first search, so cycles and dense registers cost the size of the upward subgraph,
// never its path count.
// Parameters: id (entity id), day (date), holdingLimit, familyLimit
// Returns: id, name, family, parent, size, validFrom, validTo, maintainedHoldingCount (holdings valid on the days the
//          membership holds for; null when never maintained),
//          holdings (list of maps: id, name, share, shareMin, shareMax, since, until),
//          familyPage (list of member ids),
//          upward (list of maps: ownerId, ownerName, person, ownedId, share, shareMin, shareMax, since, until)
MATCH (e:LegalEntity {id: $id})
RETURN e.id AS id, e.name AS name, e.qgFamily AS family, e.qgParent AS parent, e.qgFamilySize AS size,
       e.qgValidFrom AS validFrom, e.qgValidTo AS validTo, e.qgHoldingCount AS maintainedHoldingCount,
       COLLECT {
         MATCH (e)-[r:OWNS]->(s:LegalEntity)
         WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
         RETURN {id: s.id, name: s.name, share: r.share, shareMin: r.shareMin, shareMax: r.shareMax,
                 since: r.since, until: r.until} LIMIT $holdingLimit
       } AS holdings,
       COLLECT {
         MATCH (m:LegalEntity)
         WHERE m.qgFamily = e.qgFamily AND m.id IS NOT NULL
         RETURN m.id ORDER BY m.qgFamily, m.id LIMIT $familyLimit
       } AS familyPage,
       COLLECT {
         MATCH (e)<-[:OWNS*0..49]-(u:LegalEntity)
         WITH DISTINCT u
         MATCH (u)<-[r:OWNS]-(o)
         WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
         RETURN {ownerId: o.id, ownerName: o.name, person: o:Person, ownedId: u.id, share: r.share,
                 shareMin: r.shareMin, shareMax: r.shareMax, since: r.since, until: r.until}
       } AS upward
