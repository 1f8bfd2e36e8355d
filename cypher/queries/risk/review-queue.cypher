// Legal entities whose stored current risk is at least a rank and that have no current review decision
// (none, made on other evidence, or ESCALATE), highest risk first.
// Parameters: minRank (int), limit (int)
// Returns: entityId, name, level, fingerprint, lastDecision, lastFingerprint, lastAt
MATCH (e:LegalEntity)
WHERE e.qgRiskRank >= $minRank
CALL {
  WITH e
  OPTIONAL MATCH (r:Review)-[:OF]->(e)
  RETURN r AS last
  ORDER BY r.at DESC, r.id DESC
  LIMIT 1
}
WITH e, last
WHERE last IS NULL OR last.riskFingerprint <> e.qgRiskFingerprint OR last.decision = 'ESCALATE'
RETURN e.id AS entityId, e.name AS name, e.qgRiskLevel AS level, e.qgRiskFingerprint AS fingerprint,
       last.decision AS lastDecision, last.riskFingerprint AS lastFingerprint, last.at AS lastAt
ORDER BY e.qgRiskRank DESC, e.id
LIMIT $limit
