// Intent signals about the given entities observed in [since, asOf].
// Parameters: entityIds (list), since (DateTime), asOf (DateTime)
// Returns: id, entityId, topic, strength, observedAt
MATCH (i:IntentSignal)-[:ABOUT]->(e:LegalEntity)
WHERE e.id IN $entityIds AND i.observedAt >= $since AND i.observedAt <= $asOf
RETURN i.id AS id, e.id AS entityId, i.topic AS topic, coalesce(i.strength, 0.0) AS strength, i.observedAt AS observedAt
