// Appends one review decision to a legal entity (never updated in place) with the risk snapshot it was made on.
// Parameters: id, entityId, decision, reviewer, at (datetime), reason, riskLevel, riskFingerprint, riskSnapshot (JSON string)
// Returns: id
MATCH (e:LegalEntity {id: $entityId})
CREATE (r:Review {id: $id, decision: $decision, reviewer: $reviewer, at: $at, reason: $reason,
                  riskLevel: $riskLevel, riskFingerprint: $riskFingerprint, riskSnapshot: $riskSnapshot})-[:OF]->(e)
RETURN r.id AS id
