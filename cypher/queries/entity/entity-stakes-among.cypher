// Every stake (at any time) that a legal entity holds in one of the given legal entities.
// Parameters: ids (list of entity ids)
// Returns: ownerId, ownerName, person (always false), ownedId, share, shareMin, shareMax, since, until
UNWIND $ids AS id
MATCH (x:LegalEntity {id: id})<-[r:OWNS]-(o:LegalEntity)
RETURN o.id AS ownerId, o.name AS ownerName, false AS person, x.id AS ownedId,
       r.share AS share, r.shareMin AS shareMin, r.shareMax AS shareMax, r.since AS since, r.until AS until
