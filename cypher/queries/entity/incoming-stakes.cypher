// The stakes held in each of the given legal entities that are valid on a day (since inclusive, until exclusive).
// Parameters: ids (list of entity ids), day (date)
// Returns: ownerId, ownerName, person (boolean), ownedId, share, shareMin, shareMax, since, until
UNWIND $ids AS id
MATCH (x:LegalEntity {id: id})<-[r:OWNS]-(o)
WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
RETURN o.id AS ownerId, o.name AS ownerName, o:Person AS person, x.id AS ownedId,
       r.share AS share, r.shareMin AS shareMin, r.shareMax AS shareMax, r.since AS since, r.until AS until
