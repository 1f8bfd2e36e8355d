// Leads stored before a lead write marked its own leads stale and never decided since are marked now, so that the
// due-lead lookup (queries/lead/due-leads) finds them through the qgStale index.
MATCH (l:Lead) WHERE l.qgEvaluatedAt IS NULL AND l.qgStale IS NULL
SET l.qgStale = true;
