// The ids of leads created at or before asOf (an inbox for a past instant evaluates them), up to a limit.
// Parameters: asOf (DateTime), limit
// Returns: id
MATCH (l:Lead)
WHERE coalesce(l.createdAt, l.receivedAt) <= $asOf
RETURN l.id AS id
LIMIT $limit
