// Legal entities whose maintained family membership does not hold today: its validity window (the since/until
// dates of the component's stakes) has ended or not yet begun, so reads fall back to the live computation.
// Parameters: day (date, today)
// Returns: id
MATCH (e:LegalEntity)
WHERE e.qgFamily IS NOT NULL
  AND ((e.qgValidTo IS NOT NULL AND e.qgValidTo <= $day) OR (e.qgValidFrom IS NOT NULL AND e.qgValidFrom > $day))
RETURN e.id AS id
