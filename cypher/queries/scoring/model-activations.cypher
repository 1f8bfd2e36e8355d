// Every activation of a scoring-model version, oldest first (the last one at or before an instant is in force).
// Parameters: none
// Returns: version, at, by
MATCH (a:ScoringModelActivation)
RETURN a.version AS version, a.at AS at, a.by AS by
ORDER BY a.at, a.seq
