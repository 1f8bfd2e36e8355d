// Stores what resolution found for each lead: the match, the duplicate, when it resolved; a new e-mail that resolved
// becomes a contact of the matched entity (merged on the e-mail, so two leads of one new person make one contact);
// the lead is linked ABOUT its contact (and no other). A row with props is a new lead resolved before it was stored (a
// write of leads only, ADR 0029): it is created here with those properties (the outcome's among them), received at
// $resolvedAt and marked stale (qgStale) for its decision, as ingest/leads creates a lead. A row without props names a
// lead already stored, and its match holds the outcome's properties.
// Index hints keep each lookup by id a seek while the store's statistics lag behind a bulk import.
// Parameters: rows: list of {id, props (map or null), match (map: matchEntity, matchMethod, matchConfidence,
//             matchEvidence, matchAlternatives, duplicateOf), entityId, contactId (existing contact or null),
//             newContact ({id, email, props} or null)}, resolvedAt (DateTime)
// Returns: contactsCreated
UNWIND $rows AS row
MERGE (l:Lead {id: row.id})
ON CREATE SET l += coalesce(row.props, {}), l.receivedAt = $resolvedAt, l.qgStale = true
SET l += row.match, l.resolvedAt = $resolvedAt
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
