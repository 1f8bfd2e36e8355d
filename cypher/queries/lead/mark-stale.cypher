// Marks leads for re-evaluation before the inbox or the funnel reads them next ($ids null: every evaluated lead).
// Parameters: ids (list of lead ids, or null for all)
// Returns: marked
MATCH (l:Lead)
WHERE ($ids IS NULL AND l.qgEvaluatedAt IS NOT NULL) OR l.id IN coalesce($ids, [])
SET l.qgStale = true
RETURN count(l) AS marked
