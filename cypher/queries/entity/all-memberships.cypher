// Every legal entity with its maintained membership and whether it holds on a day.
// Parameters: day (date)
// Returns: id, family, parent, current (boolean: maintained and valid on the day)
MATCH (e:LegalEntity)
RETURN e.id AS id, e.qgFamily AS family, e.qgParent AS parent,
       e.qgFamily IS NOT NULL AND (e.qgValidFrom IS NULL OR e.qgValidFrom <= $day)
         AND (e.qgValidTo IS NULL OR e.qgValidTo > $day) AS current
