// Full-text indexes behind name search (GET /api/search): company names (the statement the leads work also
// creates, identical so either runs first), contacts by name, e-mail and title, leads by name, e-mail and company,
// and persons (owners) by name.
CREATE FULLTEXT INDEX entity_name_fulltext IF NOT EXISTS FOR (e:LegalEntity) ON EACH [e.name];
CREATE FULLTEXT INDEX contact_name_fulltext IF NOT EXISTS FOR (c:Contact) ON EACH [c.name, c.email, c.title];
CREATE FULLTEXT INDEX lead_name_fulltext IF NOT EXISTS FOR (l:Lead) ON EACH [l.name, l.email, l.company];
CREATE FULLTEXT INDEX person_name_fulltext IF NOT EXISTS FOR (p:Person) ON EACH [p.name];
