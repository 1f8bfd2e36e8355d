// What a sales decision on a lead must check: that the lead exists, its last recorded stage, and that the named
// opportunity exists.
// Parameters: id (lead id), opportunity (opportunity id or null)
// Returns: found (boolean), lastStage (stage of the latest decision, or null), opportunityFound (boolean), decisions (count)
OPTIONAL MATCH (l:Lead {id: $id})
CALL (l) {
  OPTIONAL MATCH (d:LeadDecision)-[:OF]->(l)
  WITH d ORDER BY d.at DESC, d.seq DESC
  RETURN head(collect(d.stage)) AS lastStage, count(d) AS decisions
}
RETURN l IS NOT NULL AS found, lastStage, decisions,
       $opportunity IS NOT NULL AND EXISTS { MATCH (:Opportunity {id: $opportunity}) } AS opportunityFound
