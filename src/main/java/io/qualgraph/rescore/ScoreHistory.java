package io.qualgraph.rescore;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.qualgraph.accounts.AccountQualification;
import io.qualgraph.support.AsOf;
import org.springframework.stereotype.Service;

/**
 * An account's score history: the snapshots of re-score runs (an admin's and the daily automatic one) and those taken
 * when its tier or outcome changed. Never empty for a scored account: when none was stored yet (a new account before
 * the ranked list or the day's run saw it), the current answer is snapshotted first.
 */
@Service
public class ScoreHistory {

    private final Rescore rescore;
    private final ChangeSnapshots changes;
    private final AccountQualification accounts;
    private final Clock clock;

    ScoreHistory(Rescore rescore, ChangeSnapshots changes, AccountQualification accounts, Clock clock) {
        this.rescore = rescore;
        this.changes = changes;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The snapshots of account {@code accountId} (an ultimate parent) taken in [{@code from}, {@code to}], newest first. */
    public List<ScoreSnapshot> of(String accountId, Instant from, Instant to, int limit) {
        List<ScoreSnapshot> inRange = rescore.history(accountId, from, to, limit);
        if (!inRange.isEmpty() || !rescore.history(accountId, AsOf.EARLIEST, AsOf.LATEST, 1).isEmpty()) {
            return inRange;
        }
        changes.store(List.of(accounts.account(accountId, clock.instant())));
        return rescore.history(accountId, from, to, limit);
    }
}
