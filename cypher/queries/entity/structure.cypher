// One legal entity for its structure answer: maintained membership and its direct holdings valid on a day (at most
// $holdingLimit, plus their count).
// Parameters: id (entity id), day (date), holdingLimit
// Returns: id, name, family, parent, size, validFrom, validTo, holdingCount,
//          holdings (list of maps: id, name, share, shareMin, shareMax, since, until)
MATCH (e:LegalEntity {id: $id})
RETURN e.id AS id, e.name AS name, e.qgFamily AS family, e.qgParent AS parent, e.qgFamilySize AS size,
       e.qgValidFrom AS validFrom, e.qgValidTo AS validTo,
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
