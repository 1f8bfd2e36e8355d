// Every OWNS record into a legal entity valid on a day.
// Parameters: day (date)
// Returns: ownerId, ownedId, share, shareMin, shareMax, since, until, source
MATCH (o)-[r:OWNS]->(x:LegalEntity)
WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
RETURN o.id AS ownerId, x.id AS ownedId, r.share AS share, r.shareMin AS shareMin, r.shareMax AS shareMax,
       r.since AS since, r.until AS until, r.source AS source
