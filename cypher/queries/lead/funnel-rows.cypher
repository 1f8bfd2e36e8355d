// Leads created in [from, to) that count for the funnel (duplicates count once, through the lead they repeat), with
// their source, stored tier and persona, mqlAt and the stages sales decisions moved them to by `to`.
// Parameters: from (DateTime), to (DateTime)
// Returns: id, source, tier, persona, mqlAt, stages (list, oldest first)
MATCH (l:Lead)
WHERE coalesce(l.createdAt, l.receivedAt) >= $from AND coalesce(l.createdAt, l.receivedAt) < $to
  AND l.duplicateOf IS NULL
CALL (l) {
  OPTIONAL MATCH (d:LeadDecision)-[:OF]->(l) WHERE d.at < $to
  WITH d ORDER BY d.at, d.seq
  RETURN collect(d.stage) AS stages
}
RETURN l.id AS id, l.source AS source, l.qgTier AS tier, l.qgPersona AS persona,
       CASE WHEN l.mqlAt < $to THEN l.mqlAt END AS mqlAt, stages
