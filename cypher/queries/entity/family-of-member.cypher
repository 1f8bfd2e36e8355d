// The maintained family of one legal entity in one statement: the entity's membership (as entity-membership) and,
// when it was maintained, every member of its family with its controlling parent, in id order (index order).
// Parameters: id (entity id)
// Returns: id, name, family, parent, size, validFrom, validTo, members (list of [id, parent]; parent may be null)
MATCH (e:LegalEntity {id: $id})
RETURN e.id AS id, e.name AS name, e.qgFamily AS family, e.qgParent AS parent, e.qgFamilySize AS size,
       e.qgValidFrom AS validFrom, e.qgValidTo AS validTo,
       COLLECT {
         MATCH (m:LegalEntity)
         WHERE m.qgFamily = e.qgFamily AND m.id IS NOT NULL
         RETURN [m.id, m.qgParent] ORDER BY m.qgFamily, m.id
       } AS members
