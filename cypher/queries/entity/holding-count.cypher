// How many stakes in legal entities one legal entity holds that are valid on a day (since inclusive, until
// exclusive): the subsidiary count of a structure answer on a day the maintained count does not hold for.
// Parameters: id (entity id), day (date)
// Returns: holdingCount
MATCH (e:LegalEntity {id: $id})
RETURN COUNT {
  MATCH (e)-[r:OWNS]->(:LegalEntity)
  WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
} AS holdingCount
