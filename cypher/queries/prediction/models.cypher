// Every stored predictive model without its bytes, oldest first.
// Parameters: none
// Returns: version, target, algorithm, status, report (JSON text), trainedAt, trainedBy
MATCH (m:PredictiveModel)
RETURN m.version AS version, m.target AS target, m.algorithm AS algorithm, m.status AS status, m.report AS report,
       m.trainedAt AS trainedAt, m.trainedBy AS trainedBy
ORDER BY m.trainedAt, m.version
