// One legal entity for its structure answer: maintained membership, the first family members in id order, and its
// direct holdings valid on a day (at most $limit of them, plus their count).
// Parameters: id (entity id), day (date), familyLimit, holdingLimit
// Returns: id, name, family, parent, size, validFrom, validTo, members (list of ids), holdingCount,
//          holdings (list of maps: id, name, share, shareMin, shareMax, since, until)
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
       } AS holdings
