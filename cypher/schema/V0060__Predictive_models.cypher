// Predictive models (report and Tribuo model bytes, immutable) and their append-only activations.
CREATE CONSTRAINT predictive_model_version IF NOT EXISTS FOR (n:PredictiveModel) REQUIRE n.version IS UNIQUE;
CREATE INDEX predictive_model_activation_at IF NOT EXISTS FOR (n:PredictiveModelActivation) ON (n.at);
