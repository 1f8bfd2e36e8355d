// Resolution's first two steps for a batch of leads: the contacts they name by id and by e-mail, each with the entity
// it works at and that entity's account (its family, qgFamily; its own id at a root). Set-based: one index seek per key
// and a record only where a contact was found, so a batch costs its seeks and no subquery a lead. Index hints keep each
// lookup a seek whatever the statistics say.
// Parameters: byId, byEmail: lists of {lead (lead id), key (the contact id given / the e-mail as stored)}
// Returns: lead, by ('id' or 'email'), contactId, contactName, entityId, entityName, accountId (the last three null when
//          the contact works nowhere we know)
UNWIND $byId AS row
MATCH (c:Contact {id: row.key}) USING INDEX c:Contact(id)
OPTIONAL MATCH (c)-[:WORKS_AT]->(e:LegalEntity)
RETURN row.lead AS lead, 'id' AS by, c.id AS contactId, c.name AS contactName, e.id AS entityId,
       e.name AS entityName, coalesce(e.qgFamily, e.id) AS accountId
UNION ALL
UNWIND $byEmail AS row
MATCH (c:Contact {email: row.key}) USING INDEX c:Contact(email)
OPTIONAL MATCH (c)-[:WORKS_AT]->(e:LegalEntity)
RETURN row.lead AS lead, 'email' AS by, c.id AS contactId, c.name AS contactName, e.id AS entityId,
       e.name AS entityName, coalesce(e.qgFamily, e.id) AS accountId
