// Due leads found through indexes instead of a scan of every lead before each inbox read: the recheck date that
// arrives and the model that made the stored decision (leads a write creates or changes are marked qgStale, indexed
// by V0011).
CREATE INDEX lead_recheck_at IF NOT EXISTS FOR (n:Lead) ON (n.qgRecheckAt);
CREATE INDEX lead_model IF NOT EXISTS FOR (n:Lead) ON (n.qgModel);
