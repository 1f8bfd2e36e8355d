// Stores the family membership computed at write time on each legal entity (derived data, prefix qg).
// Parameters: rows (list of {id, family, parent, size, holdings, validFrom, validTo}; parent/validFrom/validTo may be
//             null; holdings = stakes in legal entities valid today)
// Returns: nothing
UNWIND $rows AS row
MATCH (e:LegalEntity {id: row.id})
SET e.qgFamily = row.family, e.qgParent = row.parent, e.qgFamilySize = row.size, e.qgHoldingCount = row.holdings,
    e.qgValidFrom = row.validFrom, e.qgValidTo = row.validTo
