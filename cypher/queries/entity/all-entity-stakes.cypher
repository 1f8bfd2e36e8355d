// Every stake (at any time) that a legal entity holds in a legal entity.
// Parameters: none
// Returns: ownerId, ownerName, person (always false), ownedId, share, shareMin, shareMax, since, until
MATCH (o:LegalEntity)-[r:OWNS]->(x:LegalEntity)
RETURN o.id AS ownerId, o.name AS ownerName, false AS person, x.id AS ownedId,
       r.share AS share, r.shareMin AS shareMin, r.shareMax AS shareMax, r.since AS since, r.until AS until
