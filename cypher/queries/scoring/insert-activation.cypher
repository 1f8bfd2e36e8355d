// Appends an activation record: from `at` on, `version` is the model in force. Never edited.
// Parameters: version, at (DateTime), by
// Returns: version, at
MATCH (m:ScoringModel {version: $version})
OPTIONAL MATCH (previous:ScoringModelActivation)
WITH m, count(previous) AS seq
CREATE (a:ScoringModelActivation {version: $version, at: $at, by: $by, seq: seq})-[:ACTIVATES]->(m)
RETURN a.version AS version, a.at AS at
