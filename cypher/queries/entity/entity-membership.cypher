// One legal entity with its maintained family membership (absent when never maintained).
// Parameters: id (entity id)
// Returns: id, name, family (ultimate parent id), parent, size, validFrom (date), validTo (date, exclusive)
MATCH (e:LegalEntity {id: $id})
RETURN e.id AS id, e.name AS name, e.qgFamily AS family, e.qgParent AS parent, e.qgFamilySize AS size,
       e.qgValidFrom AS validFrom, e.qgValidTo AS validTo
