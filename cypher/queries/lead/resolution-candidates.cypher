// For each lead's keys, what the graph holds: the contact by id and by e-mail with its employer and account, entities
// by LEI, by e-mail domain and by website domain (each with its parent domains), full-text hits on the company name in
// the lead's country, and the earliest earlier open lead with the same e-mail inside the duplicate window. Each step
// is looked up only while every earlier step found nothing (the resolver takes the first that applies), so a lead that
// a known e-mail resolves costs two index seeks and never reaches the full-text index. The name step asks Lucene for
// the entities holding every word of the name first and, only when none is in the country, for those holding any word
// (a common word such as "Logistics" matches thousands). Families' contacts are not counted here: family-contacts
// counts them for the candidates that contend (Resolver.familiesToCount). Index hints keep each lookup a seek whatever
// the statistics say.
// Parameters: rows: list of {id, contactId, email, lei, emailDomains (list), websiteDomains (list), nameQueryAllWords
//             and nameQuery (the precise and the broad Lucene query, or both null), country (or null), createdAt
//             (DateTime), windowStart (DateTime)}, nameCandidates (int)
// Returns: id, byId, byEmail ({contactId, contactName, entityId, entityName, accountId} or null), byLei,
//          byEmailDomain, byWebsite, byName (lists of {id, name, jurisdiction, domain, accountId}),
//          duplicateOf (lead id or null)
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (c:Contact {id: row.contactId})
  OPTIONAL MATCH (c)-[:WORKS_AT]->(e:LegalEntity)
  RETURN CASE WHEN c IS NULL THEN null ELSE {contactId: c.id, contactName: c.name, entityId: e.id, entityName: e.name,
    accountId: coalesce(e.qgFamily, e.id)} END AS byId
}
CALL (row) {
  OPTIONAL MATCH (c:Contact {email: row.email})
  OPTIONAL MATCH (c)-[:WORKS_AT]->(e:LegalEntity)
  RETURN CASE WHEN c IS NULL THEN null ELSE {contactId: c.id, contactName: c.name, entityId: e.id, entityName: e.name,
    accountId: coalesce(e.qgFamily, e.id)} END AS byEmail
}
CALL (row, byId, byEmail) {
  WITH row WHERE byId IS NULL AND byEmail IS NULL AND row.lei IS NOT NULL
  CALL (row) {
    MATCH (e:LegalEntity {lei: row.lei}) USING INDEX e:LegalEntity(lei) RETURN e
    UNION
    MATCH (e:LegalEntity {id: row.lei}) RETURN e
  }
  RETURN collect(DISTINCT {id: e.id, name: e.name, jurisdiction: e.jurisdiction, domain: e.domain,
    accountId: coalesce(e.qgFamily, e.id)}) AS byLei
}
CALL (row, byId, byEmail, byLei) {
  WITH row WHERE byId IS NULL AND byEmail IS NULL AND size(byLei) = 0
  UNWIND row.emailDomains AS domain
  MATCH (e:LegalEntity {domain: domain}) USING INDEX e:LegalEntity(domain)
  RETURN collect(DISTINCT {id: e.id, name: e.name, jurisdiction: e.jurisdiction, domain: e.domain,
    accountId: coalesce(e.qgFamily, e.id)}) AS byEmailDomain
}
CALL (row, byId, byEmail, byLei, byEmailDomain) {
  WITH row WHERE byId IS NULL AND byEmail IS NULL AND size(byLei) = 0 AND size(byEmailDomain) = 0
  UNWIND row.websiteDomains AS domain
  MATCH (e:LegalEntity {domain: domain}) USING INDEX e:LegalEntity(domain)
  RETURN collect(DISTINCT {id: e.id, name: e.name, jurisdiction: e.jurisdiction, domain: e.domain,
    accountId: coalesce(e.qgFamily, e.id)}) AS byWebsite
}
CALL (row, byId, byEmail, byLei, byEmailDomain, byWebsite) {
  WITH row WHERE row.nameQuery IS NOT NULL AND byId IS NULL AND byEmail IS NULL AND size(byLei) = 0
    AND size(byEmailDomain) = 0 AND size(byWebsite) = 0
  CALL (row) {
    CALL db.index.fulltext.queryNodes('entity_name_fulltext', row.nameQueryAllWords, {limit: $nameCandidates})
      YIELD node AS e
    WITH row, e WHERE row.country IS NULL OR e.jurisdiction = row.country
    RETURN collect(e) AS precise
  }
  CALL (row, precise) {
    WITH row WHERE size(precise) = 0
    CALL db.index.fulltext.queryNodes('entity_name_fulltext', row.nameQuery, {limit: $nameCandidates}) YIELD node AS e
    WITH row, e WHERE row.country IS NULL OR e.jurisdiction = row.country
    RETURN collect(e) AS broad
  }
  UNWIND CASE WHEN size(precise) > 0 THEN precise ELSE broad END AS e
  RETURN collect({id: e.id, name: e.name, jurisdiction: e.jurisdiction, domain: e.domain,
    accountId: coalesce(e.qgFamily, e.id)}) AS byName
}
CALL (row) {
  OPTIONAL MATCH (o:Lead {email: row.email}) USING INDEX o:Lead(email)
  WHERE o.id <> row.id AND coalesce(o.createdAt, o.receivedAt) >= row.windowStart
    AND (coalesce(o.createdAt, o.receivedAt) < row.createdAt
         OR (coalesce(o.createdAt, o.receivedAt) = row.createdAt AND o.id < row.id))
    AND NOT coalesce(o.status, '') IN ['CONVERTED', 'DISQUALIFIED', 'UNQUALIFIED']
    AND NOT coalesce(o.qgStage, '') IN ['CONVERTED', 'REJECTED']
  WITH o ORDER BY coalesce(o.createdAt, o.receivedAt), o.id LIMIT 1
  RETURN CASE WHEN o IS NULL THEN null ELSE coalesce(o.duplicateOf, o.id) END AS duplicateOf
}
RETURN row.id AS id, byId, byEmail, byLei, byEmailDomain, byWebsite, coalesce(byName, []) AS byName, duplicateOf
