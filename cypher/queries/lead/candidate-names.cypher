// Resolution's last step for a batch of leads: full-text hits on the company name in the lead's country. Lucene is
// asked for the entities holding every word of the name first and, only when none is in the country, for those holding
// any word (a common word such as "Logistics" matches thousands). Our own normalisation and similarity decide among the
// hits (lead.NameMatch). A record per hit, in Lucene's order.
// Parameters: rows: list of {lead (lead id), nameQueryAllWords and nameQuery (the precise and the broad Lucene query),
//             country (or null)}, nameCandidates (int: hits asked of Lucene per query)
// Returns: lead, id, name, jurisdiction, domain, accountId (the entity's family, its own id at a root)
UNWIND $rows AS row
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
RETURN row.lead AS lead, e.id AS id, e.name AS name, e.jurisdiction AS jurisdiction, e.domain AS domain,
       coalesce(e.qgFamily, e.id) AS accountId
