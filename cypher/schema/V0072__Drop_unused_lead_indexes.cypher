// Two Lead indexes no statement can use, dropped so that a lead write stops paying for them:
// - lead_created_at: every read of a lead's instant asks coalesce(createdAt, receivedAt), which no index answers, so
//   each new lead added an entry that nothing read;
// - lead_decided_at: it indexed decidedAt, a property no lead has (the decision instant is qgDecidedAt).
DROP INDEX lead_created_at IF EXISTS;
DROP INDEX lead_decided_at IF EXISTS;
