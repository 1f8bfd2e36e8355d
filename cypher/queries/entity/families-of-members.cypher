// The maintained families of many legal entities in one statement, each family once: the asked entities grouped by
// their maintained family with their memberships (as entity-membership), and every member of that family with its
// controlling parent, in id order (index order). Entities never maintained come in one group whose family is null and
// whose members are empty: the caller computes their families from the stakes. Unknown ids are left out.
// Index hints keep each lookup by id a seek while the store's statistics lag behind a bulk import.
// Parameters: ids (entity ids)
// Returns: family (ultimate parent id or null), asked (list of {id, name, family, parent, size, validFrom, validTo}),
//          members (list of [id, parent]; parent may be null)
UNWIND $ids AS id
MATCH (e:LegalEntity {id: id}) USING INDEX e:LegalEntity(id)
WITH e.qgFamily AS family, collect(DISTINCT {id: e.id, name: e.name, family: e.qgFamily, parent: e.qgParent,
  size: e.qgFamilySize, validFrom: e.qgValidFrom, validTo: e.qgValidTo}) AS asked
RETURN family, asked,
       COLLECT {
         MATCH (m:LegalEntity)
         WHERE m.qgFamily = family AND m.id IS NOT NULL
         RETURN [m.id, m.qgParent] ORDER BY m.qgFamily, m.id
       } AS members
