package io.qualgraph.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.qualgraph.scoring.ReasonSummary;
import io.qualgraph.support.ModelActivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Answers to account reads without {@code asOf} ("now"), kept for reuse: a sales page and a CRM ask for the same
 * accounts again and again, and the answer moves only with writes, model activations and the slow passing of time
 * (decay, windows). An answer is reused for at most {@link ScoringSettings#answerMaxAge()}, and never after a write that
 * touched its family ({@link AccountRanking} hears the writes and evicts the families), a write that reaches beyond the
 * rows it names (everything is evicted), or a model activation in this instance. Its {@code asOf} always says the
 * instant it was computed for. An answer computed while a write committed is not kept.
 */
@Service
public class CurrentAccountAnswers {

    /**
     * One account answer in the forms the API serves: every reason row, the condensed ledger, the summary and the
     * breakdown by part; and,
     * made once for the life of the answer, any rendering of them a caller asks for by key (the HTTP body of each
     * ledger, for instance), so that a reused answer is not serialized again on every read.
     */
    public static final class Served {

        private final AccountAnswer full;
        private final AccountAnswer condensed;
        private final List<ReasonSummary.Line> summary;
        private final List<ReasonSummary.Part> breakdown;
        private final Map<Object, Object> renderings = new ConcurrentHashMap<>();

        private Served(AccountAnswer full) {
            this.full = full;
            this.condensed = full.condensed();
            this.summary = full.summarize();
            this.breakdown = full.breakdown();
        }

        public static Served of(AccountAnswer answer) {
            return new Served(answer);
        }

        public AccountAnswer full() {
            return full;
        }

        public AccountAnswer condensed() {
            return condensed;
        }

        public List<ReasonSummary.Line> summary() {
            return summary;
        }

        public List<ReasonSummary.Part> breakdown() {
            return breakdown;
        }

        /** The rendering under {@code key}, made by {@code render} the first time it is asked for. */
        @SuppressWarnings("unchecked")
        public <T> T rendered(Object key, Function<Served, T> render) {
            return (T) renderings.computeIfAbsent(key, k -> render.apply(this));
        }
    }

    private record Kept(Served served, Instant computedAt) {
    }

    private final AccountQualification qualification;
    private final ScoringSettings settings;
    private final Clock clock;
    /** By the entity id asked for (any member of the family). */
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** Counts evictions: an answer whose computation overlapped one is not kept. */
    private final AtomicLong evictions = new AtomicLong();

    CurrentAccountAnswers(AccountQualification qualification, ScoringSettings settings, Clock clock) {
        this.qualification = qualification;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The account of member {@code entityId} as of now, or as of an instant at most {@code answerMaxAge} ago when
     * nothing it depends on was written since.
     *
     * @throws io.qualgraph.support.Problem 404 when no legal entity has that id
     */
    public Served now(String entityId) {
        Instant now = clock.instant();
        Kept hit = kept.get(entityId);
        if (hit != null && !hit.computedAt().isAfter(now)
                && hit.computedAt().plus(settings.answerMaxAge()).isAfter(now)) {
            return hit.served();
        }
        long seen = evictions.get();
        Served served = Served.of(qualification.account(entityId, now));
        if (!settings.answerMaxAge().isZero()) {
            keep(entityId, new Kept(served, now), seen);
        }
        return served;
    }

    private void keep(String entityId, Kept answer, long seenEvictions) {
        if (kept.size() >= settings.answerCacheSize()) {
            Instant oldest = clock.instant().minus(settings.answerMaxAge());
            kept.values().removeIf(k -> k.computedAt().isBefore(oldest));
            if (kept.size() >= settings.answerCacheSize()) {
                return;
            }
        }
        kept.put(entityId, answer);
        if (evictions.get() != seenEvictions) {
            kept.remove(entityId, answer);
        }
    }

    /** A write touched these families (ultimate parent ids): their answers are computed again. */
    void evictFamilies(Collection<String> accountIds) {
        evictions.incrementAndGet();
        kept.values().removeIf(k -> accountIds.contains(k.served().full().accountId()));
    }

    /** A write may have changed any account. */
    void evictAll() {
        evictions.incrementAndGet();
        kept.clear();
    }

    @EventListener
    void activated(ModelActivated activated) {
        evictAll();
    }
}
