// The stakes valid on a day held in a legal entity and in every legal entity that owns it (through stakes valid on
// that day) fewer than $depth stakes away: exactly the stakes a walk of at most $depth stakes can use.
// The pattern's bound of 50 is the largest depth qualgraph.ownership.max-depth accepts.
// Parameters: id (entity id), day (date), depth (integer 1..50)
// Returns: ownerId, ownerName, person (boolean), ownedId, share, shareMin, shareMax, since, until
MATCH (e:LegalEntity {id: $id})
MATCH ANY SHORTEST (p = (e)(()<-[v:OWNS WHERE (v.since IS NULL OR v.since <= $day) AND (v.until IS NULL OR v.until > $day)]-(:LegalEntity)){0,50}(x:LegalEntity)
                    WHERE length(p) < $depth)
MATCH (x)<-[r:OWNS]-(o)
WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until > $day)
RETURN o.id AS ownerId, o.name AS ownerName, o:Person AS person, x.id AS ownedId,
       r.share AS share, r.shareMin AS shareMin, r.shareMax AS shareMax, r.since AS since, r.until AS until
