// Whether a predictive model version is stored (without reading its bytes).
// Parameters: version
// Returns: exists (boolean)
RETURN EXISTS { MATCH (:PredictiveModel {version: $version}) } AS exists
