// Stores each lead's decision as last evaluated, for the inbox, the funnel and CRM polling: decidedAt moves only when
// the outcome, route or stage changed; mqlAt is kept once set (the instant the lead first became QUALIFIED).
// Index hints keep each lookup by id a seek while the store's statistics lag behind a bulk import.
// Parameters: rows: list of {id, score, outcome, route, stage, contactBy, recheckAt, accountId, tier, riskLevel,
//             persona, mqlAt (or null), model}, evaluatedAt (DateTime)
// Returns: changed (rows whose outcome, route or stage changed)
UNWIND $rows AS row
MATCH (l:Lead {id: row.id}) USING INDEX l:Lead(id)
WITH l, row, (l.qgOutcome IS NULL OR l.qgOutcome <> row.outcome OR l.qgRoute <> row.route
              OR coalesce(l.qgStage, '') <> row.stage) AS changed
SET l.qgScore = row.score, l.qgOutcome = row.outcome, l.qgRoute = row.route, l.qgStage = row.stage,
    l.qgContactBy = row.contactBy, l.qgRecheckAt = row.recheckAt, l.qgAccount = row.accountId, l.qgTier = row.tier,
    l.qgRiskLevel = row.riskLevel, l.qgPersona = row.persona, l.qgModel = row.model, l.qgEvaluatedAt = $evaluatedAt,
    l.mqlAt = coalesce(l.mqlAt, row.mqlAt), l.qgDecidedAt = CASE WHEN changed THEN $evaluatedAt ELSE l.qgDecidedAt END
REMOVE l.qgStale
RETURN count(CASE WHEN changed THEN 1 END) AS changed
