// The leads whose decision a committed write may have changed: leads about the touched contacts, and leads about a
// contact of, or matched to, any member of a family that a touched contact works at or a touched entity belongs to.
// Parameters: contactIds, entityIds, limit (at most this many ids are returned)
// Returns: id
CALL () {
  MATCH (c:Contact)-[:WORKS_AT]->(e:LegalEntity) WHERE c.id IN $contactIds RETURN coalesce(e.qgFamily, e.id) AS family
  UNION
  MATCH (e:LegalEntity) WHERE e.id IN $entityIds RETURN coalesce(e.qgFamily, e.id) AS family
}
WITH collect(DISTINCT family) AS families
CALL (families) {
  UNWIND families AS family
  CALL (family) {
    MATCH (m:LegalEntity) WHERE m.qgFamily = family AND m.id IS NOT NULL RETURN m
    UNION
    MATCH (m:LegalEntity {id: family}) RETURN m
  }
  CALL (m) {
    MATCH (l:Lead)-[:ABOUT]->(:Contact)-[:WORKS_AT]->(m) RETURN l.id AS id
    UNION
    MATCH (l:Lead {matchEntity: m.id}) RETURN l.id AS id
  }
  RETURN id
  UNION
  MATCH (l:Lead)-[:ABOUT]->(c:Contact) WHERE c.id IN $contactIds
  RETURN l.id AS id
}
RETURN DISTINCT id
LIMIT $limit
