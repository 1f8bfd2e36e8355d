package io.qualgraph.rescore;

/** Why a score snapshot was stored. */
public enum SnapshotTrigger {
    /** An admin's re-score of every account. */
    RESCORE,
    /** The day's automatic re-score of every account. */
    DAILY,
    /** The account's tier or outcome differed from its latest snapshot (or it had none) when the ranked list read it. */
    CHANGE
}
