// Stores a trained predictive model; versions are immutable, so an existing one is left as it is.
// Parameters: version, target, algorithm, status, report (JSON text), model (bytes), trainedAt (DateTime), trainedBy
// Returns: created (boolean)
MERGE (m:PredictiveModel {version: $version})
ON CREATE SET m.target = $target, m.algorithm = $algorithm, m.status = $status, m.report = $report, m.model = $model,
              m.trainedAt = $trainedAt, m.trainedBy = $trainedBy, m.isNew = true
WITH m, coalesce(m.isNew, false) AS created
REMOVE m.isNew
RETURN created
