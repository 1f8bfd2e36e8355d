// Every predictive-model activation, oldest first (per target, the last one at or before an instant is in force; a
// deactivation has no version: none is).
// Parameters: none
// Returns: version, target, at, by
MATCH (a:PredictiveModelActivation)
RETURN a.version AS version, a.target AS target, a.at AS at, a.by AS by
ORDER BY a.at, a.seq
