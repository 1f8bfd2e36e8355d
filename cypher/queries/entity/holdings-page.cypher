// A page of the direct holdings of one legal entity valid on a day (since inclusive, until exclusive), in order of
// the held entity's id, then since: the subsidiaries a structure answer lists only up to its cap.
// Parameters: id (entity id), day (date), skip, limit
// Returns: total (holdings valid on the day),
//          holdings (list of maps: id, name, share, shareMin, shareMax, since, until)
MATCH (e:LegalEntity {id: $id})
RETURN COUNT {
         MATCH (e)-[r:OWNS]->(:LegalEntity)
         WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
       } AS total,
       COLLECT {
         MATCH (e)-[r:OWNS]->(s:LegalEntity)
         WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
         WITH s, r ORDER BY s.id, r.since SKIP $skip LIMIT $limit
         RETURN {id: s.id, name: s.name, share: r.share, shareMin: r.shareMin, shareMax: r.shareMax,
                 since: r.since, until: r.until}
       } AS holdings
