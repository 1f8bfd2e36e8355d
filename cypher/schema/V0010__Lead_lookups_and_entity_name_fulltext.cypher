// Lead resolution and the inbox: leads by e-mail (duplicates), the inbox's stored decision, and company names through
// a Lucene full-text index (the resolver normalises and compares the candidates it returns).
CREATE FULLTEXT INDEX entity_name_fulltext IF NOT EXISTS FOR (e:LegalEntity) ON EACH [e.name];
CREATE INDEX lead_email IF NOT EXISTS FOR (n:Lead) ON (n.email);
CREATE INDEX lead_created_at IF NOT EXISTS FOR (n:Lead) ON (n.createdAt);
CREATE INDEX lead_decided_at IF NOT EXISTS FOR (n:Lead) ON (n.decidedAt);
