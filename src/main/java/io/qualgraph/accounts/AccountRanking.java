package io.qualgraph.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Maintainer;
import io.qualgraph.support.Paging;
import io.qualgraph.support.Problem;
import org.neo4j.driver.TransactionContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * The ranked list of accounts. Ranking needs every account scored, so a computed list is kept for reuse until
 * anything is ingested (this class is also a {@link Maintainer} that hears every write) or it is older than
 * {@code listMaxAge}; a list for a past {@code asOf} is kept the same way.
 */
@Service
@Order(100)
public class AccountRanking implements Maintainer {

    /** Filters of the list; null fields do not filter. */
    public record Filters(String tier, String grade, String outcome, Double minScore) {
    }

    /** One page of the ranked list. */
    public record Page(List<AccountAnswer> items, int page, int size, int total, Instant asOf, Instant computedAt) {
    }

    private record Computed(List<AccountAnswer> ranked, Instant computedAt, long generation) {
    }

    private final AccountQualification qualification;
    private final ScoringSettings settings;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Instant, Computed> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Instant, Computed> eldest) {
            return size() > 8;
        }
    };

    AccountRanking(AccountQualification qualification, ScoringSettings settings, Clock clock) {
        this.qualification = qualification;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A page of accounts ranked by score (ties by account id), filtered.
     *
     * @param asOf the instant to rank for; null means now
     * @throws Problem 400 for a page below 0 or a size outside 1..maxPageSize
     */
    public Page page(Filters filters, int page, int size, Instant asOf) {
        Paging paging = Paging.of(page, size, settings.maxPageSize());
        Computed computed = computed(asOf);
        List<AccountAnswer> matching = computed.ranked().stream().filter(a -> matches(a, filters)).toList();
        List<AccountAnswer> items = paging.of(matching).stream().map(AccountAnswer::withoutReasons).toList();
        Instant answeredAsOf = computed.ranked().isEmpty() ? asOf : computed.ranked().get(0).asOf();
        return new Page(items, page, size, matching.size(), answeredAsOf, computed.computedAt());
    }

    @Override
    public void refresh(TransactionContext tx, ChangeSet changes) {
        generation.incrementAndGet();
    }

    private synchronized Computed computed(Instant asOf) {
        Instant now = clock.instant();
        Instant key = asOf == null ? Instant.MIN : asOf;
        Computed cached = cache.get(key);
        boolean fresh = cached != null && cached.generation() == generation.get()
                && (asOf != null || cached.computedAt().plus(settings.listMaxAge()).isAfter(now));
        if (fresh) {
            return cached;
        }
        long seen = generation.get();
        List<AccountAnswer> all = qualification.all(asOf == null ? now : asOf, settings.batchSize(),
                AccountQualification.Progress.SILENT);
        Computed computed = new Computed(all, now, seen);
        cache.put(key, computed);
        return computed;
    }

    private static boolean matches(AccountAnswer a, Filters f) {
        return (f.tier() == null || f.tier().equals(a.tier()))
                && (f.grade() == null || f.grade().equals(a.grade()))
                && (f.outcome() == null || f.outcome().equals(a.outcome()))
                && (f.minScore() == null || a.score() >= f.minScore());
    }
}
