// Leads whose conversion is known at $now, to learn LEAD_CONVERTED from (duplicates count once, through the lead they
// repeat). Converted: the last closing sales decision is CONVERT or, without one, the stored status is CONVERTED. Not
// converted: the last closing decision is REJECT, the status is DISQUALIFIED or UNQUALIFIED, or the lead arrived before
// $windowStart (the conversion window before $now) without converting. Younger open leads have no outcome yet.
// Parameters: now (DateTime), windowStart (DateTime)
// Returns: id, createdAt (DateTime), converted (boolean); oldest first
MATCH (l:Lead)
WITH l, coalesce(l.createdAt, l.receivedAt) AS createdAt
WHERE createdAt <= $now AND l.duplicateOf IS NULL
CALL (l) {
  OPTIONAL MATCH (d:LeadDecision)-[:OF]->(l)
  WHERE d.decision IN ['CONVERT', 'REJECT'] AND d.at <= $now
  WITH d ORDER BY d.at DESC, d.seq DESC
  LIMIT 1
  RETURN d.decision AS closing
}
WITH l, createdAt,
     CASE
       WHEN closing = 'CONVERT' THEN true
       WHEN closing = 'REJECT' THEN false
       WHEN l.status = 'CONVERTED' THEN true
       WHEN l.status IN ['DISQUALIFIED', 'UNQUALIFIED'] OR createdAt < $windowStart THEN false
     END AS converted
WHERE converted IS NOT NULL
RETURN l.id AS id, createdAt, converted
ORDER BY createdAt, id
