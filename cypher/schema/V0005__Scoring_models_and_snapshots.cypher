// Scoring-model versions, their activations, score snapshots of re-score runs.
CREATE CONSTRAINT scoring_model_version IF NOT EXISTS FOR (n:ScoringModel) REQUIRE n.version IS UNIQUE;
CREATE CONSTRAINT score_run_id IF NOT EXISTS FOR (n:ScoreRun) REQUIRE n.id IS UNIQUE;
CREATE INDEX scoring_model_activation_at IF NOT EXISTS FOR (n:ScoringModelActivation) ON (n.at);
CREATE INDEX score_snapshot_account IF NOT EXISTS FOR (n:ScoreSnapshot) ON (n.accountId);
CREATE INDEX score_snapshot_run IF NOT EXISTS FOR (n:ScoreSnapshot) ON (n.runId);
