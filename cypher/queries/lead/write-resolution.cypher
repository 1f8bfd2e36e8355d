// Stores what resolution found for each lead: the match, the duplicate, when it resolved; a new e-mail that resolved
// becomes a contact of the matched entity (merged on the e-mail, so two leads of one new person make one contact);
// the lead is linked ABOUT its contact.
// Index hints keep each lookup by id a seek while the store's statistics lag behind a bulk import.
// Parameters: rows: list of {id, entityId, method, confidence, evidence (list), alternatives (JSON text), duplicateOf,
//             contactId (existing contact or null), newContact ({id, email, props} or null)}, resolvedAt (DateTime)
// Returns: contactsCreated
UNWIND $rows AS row
MATCH (l:Lead {id: row.id}) USING INDEX l:Lead(id)
SET l.matchEntity = row.entityId, l.matchMethod = row.method, l.matchConfidence = row.confidence,
    l.matchEvidence = row.evidence, l.matchAlternatives = row.alternatives, l.duplicateOf = row.duplicateOf,
    l.resolvedAt = $resolvedAt
WITH l, row
OPTIONAL CALL (l, row) {
  WITH l, row WHERE row.newContact IS NOT NULL
  MATCH (e:LegalEntity {id: row.entityId}) USING INDEX e:LegalEntity(id)
  MERGE (c:Contact {email: row.newContact.email})
  ON CREATE SET c += row.newContact.props, c.id = row.newContact.id, c.fromLead = l.id
  WITH l, e, c, c.fromLead = l.id AS created
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | MERGE (c)-[:WORKS_AT]->(e))
  RETURN c AS made, created
}
CALL (l, row) {
  OPTIONAL MATCH (c:Contact {id: row.contactId}) USING INDEX c:Contact(id)
  RETURN c AS existing
}
WITH l, coalesce(made, existing) AS contact, created
FOREACH (stale IN [(l)-[r:ABOUT]->(t) WHERE contact IS NOT NULL AND t <> contact | r] | DELETE stale)
FOREACH (_ IN CASE WHEN contact IS NULL THEN [] ELSE [1] END | MERGE (l)-[:ABOUT]->(contact))
RETURN count(CASE WHEN created THEN 1 END) AS contactsCreated
