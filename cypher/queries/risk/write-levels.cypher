// Stores the current risk of legal entities (derived data, prefix qgRisk): level, its rank, evidence fingerprint, day.
// Parameters: rows (list of maps id, level, rank, fingerprint, regime), day (date)
// Returns: written
UNWIND $rows AS row
MATCH (e:LegalEntity {id: row.id})
SET e.qgRiskLevel = row.level, e.qgRiskRank = row.rank, e.qgRiskFingerprint = row.fingerprint,
    e.qgRiskRegime = row.regime, e.qgRiskDay = $day
RETURN count(e) AS written
