// Appends one sales decision to a lead (decisions are never changed or removed); a CONVERT links the opportunity.
// Parameters: id (lead id), decision ({id, decision, stage, at (DateTime), by, reason, opportunity, seq})
// Returns: id, decision, stage, at, by, reason, opportunity
MATCH (l:Lead {id: $id})
CREATE (d:LeadDecision)
SET d = $decision
CREATE (d)-[:OF]->(l)
WITH l, d
CALL (l, d) {
  WITH l, d WHERE d.opportunity IS NOT NULL
  MATCH (o:Opportunity {id: d.opportunity})
  MERGE (l)-[:CONVERTED_TO]->(o)
}
RETURN d.id AS id, d.decision AS decision, d.stage AS stage, d.at AS at, d.by AS by, d.reason AS reason,
       d.opportunity AS opportunity
