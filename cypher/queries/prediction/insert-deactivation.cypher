// Appends a predictive-model deactivation: from `at` on, no learned model predicts for the target of `version` (an
// activation of no version, naming the one it ended). Never edited.
// Parameters: version, at (DateTime), by
// Returns: target, at
MATCH (m:PredictiveModel {version: $version})
OPTIONAL MATCH (previous:PredictiveModelActivation)
WITH m, count(previous) AS seq
CREATE (a:PredictiveModelActivation {target: m.target, at: $at, by: $by, seq: seq, ended: $version})
RETURN a.target AS target, a.at AS at
