// Leads with what their decision reads at asOf: the lead's own fields, its contact (events in [since, asOf] and roles
// on opportunities open at asOf), the contact's employer, and the sales decisions recorded on the lead, oldest first.
// The horizons (since, sinceByType) come from the model the caller expects in force at asOf; the scoring-model
// activations are returned beside every row so that the caller confirms that guess in the same statement.
// Index hints keep each lookup by id a seek while the store's statistics lag behind a bulk import.
// Parameters: ids (lead ids), since (DateTime), sinceByType (map type -> DateTime), asOf (DateTime)
// Returns: lead (map of the lead's properties), contact (map or null), entityId (the employer, else the matched
//          entity), employees, events ([{id, type, at}]), roles (list), decisions ([{id, decision, stage, at, by,
//          reason, opportunity}]), activations ([{version, at}], oldest first)
CALL () {
  MATCH (a:ScoringModelActivation)
  WITH a ORDER BY a.at, a.seq
  RETURN collect({version: a.version, at: a.at}) AS activations
}
UNWIND $ids AS id
MATCH (l:Lead {id: id}) USING INDEX l:Lead(id)
OPTIONAL MATCH (l)-[:ABOUT]->(c:Contact)
OPTIONAL MATCH (c)-[:WORKS_AT]->(w:LegalEntity)
OPTIONAL MATCH (m:LegalEntity {id: l.matchEntity}) USING INDEX m:LegalEntity(id)
WITH activations, l, c, coalesce(w, m) AS e
CALL (c) {
  OPTIONAL MATCH (c)-[:PERFORMED]->(ev:Engagement)
  WHERE ev.at <= $asOf AND ev.at >= coalesce($sinceByType[ev.type], $since)
  RETURN collect({id: ev.id, type: ev.type, at: ev.at}) AS events
}
CALL (c) {
  OPTIONAL MATCH (c)-[r:ON_COMMITTEE]->(o:Opportunity)
  WHERE o.createdAt <= $asOf AND (o.closedAt IS NULL OR o.closedAt > $asOf)
  RETURN collect(DISTINCT r.role) AS roles
}
CALL (l) {
  OPTIONAL MATCH (d:LeadDecision)-[:OF]->(l)
  WITH d ORDER BY d.at, d.seq
  RETURN collect(d {.id, .decision, .stage, .at, .by, .reason, .opportunity}) AS decisions
}
RETURN l {.*} AS lead, CASE WHEN c IS NULL THEN null ELSE c {.id, .name, .email, .seniority, .department} END AS contact,
       e.id AS entityId, coalesce(e.employees, 0) AS employees, events, roles, decisions, activations
