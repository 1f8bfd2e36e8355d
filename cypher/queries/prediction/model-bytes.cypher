// The Tribuo model bytes of one predictive model.
// Parameters: version
// Returns: model (bytes); no row for an unknown version
MATCH (m:PredictiveModel {version: $version})
RETURN m.model AS model
