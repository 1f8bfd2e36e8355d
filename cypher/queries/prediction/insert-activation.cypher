// Appends a predictive-model activation: from `at` on, `version` predicts for its target. Never edited.
// Parameters: version, at (DateTime), by
// Returns: version, at
MATCH (m:PredictiveModel {version: $version})
OPTIONAL MATCH (previous:PredictiveModelActivation)
WITH m, count(previous) AS seq
CREATE (a:PredictiveModelActivation {version: $version, target: m.target, at: $at, by: $by, seq: seq})-[:ACTIVATES]->(m)
RETURN a.version AS version, a.at AS at
