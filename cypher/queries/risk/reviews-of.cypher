// The review decisions of one legal entity, newest first.
// Parameters: entityId, limit
// Returns: id, decision, reviewer, at, reason, riskLevel, riskFingerprint
MATCH (r:Review)-[:OF]->(:LegalEntity {id: $entityId})
RETURN r.id AS id, r.decision AS decision, r.reviewer AS reviewer, r.at AS at, r.reason AS reason,
       r.riskLevel AS riskLevel, r.riskFingerprint AS riskFingerprint
ORDER BY r.at DESC, r.id DESC
LIMIT $limit
