// One legal entity whose stored current risk level is missing or was computed for another day or regime, if any:
// the day has changed (or the configured regime) and the stored levels must be recomputed.
// Parameters: day (date, today), regime (string)
// Returns: id
MATCH (e:LegalEntity)
WHERE e.qgRiskDay IS NULL OR e.qgRiskDay <> $day OR e.qgRiskRegime IS NULL OR e.qgRiskRegime <> $regime
RETURN e.id AS id
LIMIT 1
