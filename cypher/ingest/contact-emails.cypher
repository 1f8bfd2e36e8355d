// Which of the given e-mails already belong to a contact, and to which (unique e-mail check of a bundle).
// Parameters: $emails: list of lower-case e-mail addresses
// Returns: email, id (one row per e-mail in use)
UNWIND $emails AS email
MATCH (c:Contact {email: email})
RETURN c.email AS email, c.id AS id
