// The maintained family membership of every legal entity a write touched and of every touched contact's employer:
// the accounts whose score the write may have changed, when no stake changed (a changed stake re-ranks all).
// Parameters: entityIds (list of entity ids), contactIds (list of contact ids)
// Returns: id, name, family (ultimate parent id), parent, size, validFrom (date), validTo (date, exclusive); one row
//          per entity (entity-membership's columns)
CALL (*) {
  UNWIND $entityIds AS id
  MATCH (e:LegalEntity {id: id})
  RETURN e
  UNION
  UNWIND $contactIds AS id
  MATCH (:Contact {id: id})-[:WORKS_AT]->(e:LegalEntity)
  RETURN e
}
RETURN e.id AS id, e.name AS name, e.qgFamily AS family, e.qgParent AS parent, e.qgFamilySize AS size,
       e.qgValidFrom AS validFrom, e.qgValidTo AS validTo
