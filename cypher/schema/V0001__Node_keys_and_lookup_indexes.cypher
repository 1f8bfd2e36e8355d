// Uniqueness on every node key of DESIGN §2, and the lookups the queries need.
CREATE CONSTRAINT legal_entity_id IF NOT EXISTS FOR (n:LegalEntity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contact_id IF NOT EXISTS FOR (n:Contact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contact_email IF NOT EXISTS FOR (n:Contact) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT lead_id IF NOT EXISTS FOR (n:Lead) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT engagement_id IF NOT EXISTS FOR (n:Engagement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT opportunity_id IF NOT EXISTS FOR (n:Opportunity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT intent_signal_id IF NOT EXISTS FOR (n:IntentSignal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT risk_flag_id IF NOT EXISTS FOR (n:RiskFlag) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT review_id IF NOT EXISTS FOR (n:Review) REQUIRE n.id IS UNIQUE;
CREATE INDEX engagement_at IF NOT EXISTS FOR (n:Engagement) ON (n.at);
CREATE INDEX legal_entity_domain IF NOT EXISTS FOR (n:LegalEntity) ON (n.domain);
CREATE INDEX legal_entity_lei IF NOT EXISTS FOR (n:LegalEntity) ON (n.lei);
CREATE INDEX intent_signal_observed_at IF NOT EXISTS FOR (n:IntentSignal) ON (n.observedAt);
CREATE INDEX opportunity_created_at IF NOT EXISTS FOR (n:Opportunity) ON (n.createdAt);
