// Sales decisions on leads (append-only, like compliance reviews) and the lookup of leads by matched entity.
CREATE CONSTRAINT lead_decision_id IF NOT EXISTS FOR (n:LeadDecision) REQUIRE n.id IS UNIQUE;
CREATE INDEX lead_match_entity IF NOT EXISTS FOR (n:Lead) ON (n.matchEntity);
CREATE INDEX lead_stale IF NOT EXISTS FOR (n:Lead) ON (n.qgStale);
