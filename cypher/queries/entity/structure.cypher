// One legal entity for its structure answer, in one statement: maintained membership, the first family members in id
// order, its direct holdings valid on a day (at most $holdingLimit, plus their count), and the stakes valid on that
// day held in it and in every legal entity owning it fewer than $depth stakes away (as upward-stakes.cypher).
// Parameters: id (entity id), day (date), familyLimit, holdingLimit, depth (integer 1..50)
// Returns: id, name, family, parent, size, validFrom, validTo, members (list of ids), holdingCount,
//          holdings (list of maps: id, name, share, shareMin, shareMax, since, until),
//          stakes (list of maps: ownerId, ownerName, person, ownedId, share, shareMin, shareMax, since, until)
MATCH (e:LegalEntity {id: $id})
RETURN e.id AS id, e.name AS name, e.qgFamily AS family, e.qgParent AS parent, e.qgFamilySize AS size,
       e.qgValidFrom AS validFrom, e.qgValidTo AS validTo,
       COLLECT {
         MATCH (m:LegalEntity) WHERE m.qgFamily = e.qgFamily
         RETURN m.id ORDER BY m.qgFamily, m.id LIMIT $familyLimit
       } AS members,
       COUNT {
         MATCH (e)-[r:OWNS]->(:LegalEntity)
         WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
       } AS holdingCount,
       COLLECT {
         MATCH (e)-[r:OWNS]->(s:LegalEntity)
         WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
         RETURN {id: s.id, name: s.name, share: r.share, shareMin: r.shareMin, shareMax: r.shareMax,
                 since: r.since, until: r.until} LIMIT $holdingLimit
       } AS holdings,
       COLLECT {
         MATCH ANY SHORTEST (p = (e)(()<-[v:OWNS WHERE (v.since IS NULL OR v.since <= $day) AND (v.until IS NULL OR v.until > $day)]-(:LegalEntity)){0,50}(x:LegalEntity)
                             WHERE length(p) < $depth)
         MATCH (x)<-[r:OWNS]-(o)
         WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
         RETURN {ownerId: o.id, ownerName: o.name, person: o:Person, ownedId: x.id, share: r.share,
                 shareMin: r.shareMin, shareMax: r.shareMax, since: r.since, until: r.until}
       } AS stakes
