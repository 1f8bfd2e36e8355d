// Resolution's entity steps by key for a batch of leads: the entities holding a lead's LEI (as their lei or as their
// id), and those whose domain is the lead's e-mail domain or website domain or a parent of either. Set-based: one index
// seek per key and a record per entity found; the resolver takes the strongest step that found something. Index
// hints keep each lookup a seek whatever the statistics say.
// Parameters: byLei: list of {lead (lead id), key (the LEI)}; byDomain: list of {lead, step ('EMAIL_DOMAIN' or
//             'WEBSITE_DOMAIN'), key (a domain)}
// Returns: lead, step ('LEI', 'EMAIL_DOMAIN' or 'WEBSITE_DOMAIN'), id, name, jurisdiction, domain, accountId (the
//          entity's family, its own id at a root)
UNWIND $byLei AS row
MATCH (e:LegalEntity {lei: row.key}) USING INDEX e:LegalEntity(lei)
RETURN row.lead AS lead, 'LEI' AS step, e.id AS id, e.name AS name, e.jurisdiction AS jurisdiction,
       e.domain AS domain, coalesce(e.qgFamily, e.id) AS accountId
UNION ALL
UNWIND $byLei AS row
MATCH (e:LegalEntity {id: row.key}) USING INDEX e:LegalEntity(id)
RETURN row.lead AS lead, 'LEI' AS step, e.id AS id, e.name AS name, e.jurisdiction AS jurisdiction,
       e.domain AS domain, coalesce(e.qgFamily, e.id) AS accountId
UNION ALL
UNWIND $byDomain AS row
MATCH (e:LegalEntity {domain: row.key}) USING INDEX e:LegalEntity(domain)
RETURN row.lead AS lead, row.step AS step, e.id AS id, e.name AS name, e.jurisdiction AS jurisdiction,
       e.domain AS domain, coalesce(e.qgFamily, e.id) AS accountId
