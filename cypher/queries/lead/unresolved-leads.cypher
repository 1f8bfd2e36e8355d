// Leads among $ids that resolution has not looked at since their identifying fields were written, oldest first: the
// outcome is written in this order, so that of two new leads of one new person the earlier one makes the contact,
// as when they arrive one by one.
// Index hints keep each lookup by id a seek while the store's statistics lag behind a bulk import.
// Parameters: ids (list of lead ids)
// Returns: id, contactId (as given), email, lei, website, company, country, name, title, seniority, department,
//          createdAt (DateTime; receivedAt when not given)
MATCH (l:Lead) USING INDEX l:Lead(id)
WHERE l.id IN $ids AND l.resolvedAt IS NULL
RETURN l.id AS id, l.contactId AS contactId, l.email AS email, l.lei AS lei, l.website AS website,
       l.company AS company, l.country AS country, l.name AS name, l.title AS title, l.seniority AS seniority,
       l.department AS department, coalesce(l.createdAt, l.receivedAt) AS createdAt
ORDER BY createdAt, id
