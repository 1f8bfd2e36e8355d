// Stored current risk (qgRiskRank 0..4 = NONE..BLOCKED) for the review queue, and reviews by time.
CREATE INDEX legal_entity_qg_risk_rank IF NOT EXISTS FOR (n:LegalEntity) ON (n.qgRiskRank);
