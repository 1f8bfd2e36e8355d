// The stored current risk level of the given legal entities, with the day it was computed for.
// Parameters: ids (list of entity ids)
// Returns: id, level, day, regime
UNWIND $ids AS id
MATCH (e:LegalEntity {id: id})
RETURN e.id AS id, e.qgRiskLevel AS level, e.qgRiskDay AS day, e.qgRiskRegime AS regime
