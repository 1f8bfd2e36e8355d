// Leads whose stored decision is due, each found through an index: marked stale (a write created or changed the lead,
// or touched what its decision reads; a lead never evaluated is always marked), a recheckAt that has arrived since the
// last evaluation (a recheck date from the evidence may lie in the past: once evaluated after it, the lead is not due
// again), or decided by another model than the one in force. Ordered by the family of the matched entity, so that a
// batch of them holds whole families and each family is scored once.
// Parameters: now (DateTime), model (version in force now)
// Returns: id
CALL () {
  MATCH (l:Lead) WHERE l.qgStale = true RETURN l
  UNION
  MATCH (l:Lead) WHERE l.qgRecheckAt <= $now AND l.qgEvaluatedAt < l.qgRecheckAt RETURN l
  UNION
  MATCH (l:Lead) WHERE l.qgModel < $model RETURN l
  UNION
  MATCH (l:Lead) WHERE l.qgModel > $model RETURN l
}
OPTIONAL MATCH (e:LegalEntity {id: l.matchEntity})
RETURN l.id AS id
ORDER BY coalesce(e.qgFamily, e.id, ''), l.id
