package io.qualgraph.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.qualgraph.entity.Families;
import io.qualgraph.scoring.Grade;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Tier;
import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.support.ChangeSet;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Maintainer;
import io.qualgraph.support.Paging;
import io.qualgraph.support.Problem;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * The ranked list of accounts. Ranking needs every account scored, so a computed list is kept for reuse until it is
 * older than {@code listMaxAge}, another scoring model is in force at its instant, or a write makes it wrong. This class hears every committed write (it is a
 * {@link Maintainer}): a write that changes parties, stakes or risk flags, or changes a row that may have moved to
 * another entity or contact, makes every kept list stale; any other write (new engagements, contacts, opportunities,
 * intent: the stream a marketing system pushes) marks only the accounts it touched, and the next read of the current
 * list re-scores just those, as of that read, and re-ranks (each item's {@code asOf} says when it was scored). Lists
 * for a past {@code asOf} are dropped on every write, since a write may carry earlier events.
 */
@Service
@Order(100)
public class AccountRanking implements Maintainer {

    /** Filters of the list; null fields do not filter. */
    public record Filters(Tier tier, Grade grade, Outcome outcome, Double minScore) {
    }

    /**
     * One page of the ranked list: {@code asOf} is the instant the whole list was scored for, {@code computedAt} when;
     * accounts re-scored since carry their own {@code asOf}.
     */
    public record Page(List<AccountAnswer> items, int page, int size, int total, Instant asOf, Instant computedAt) {
    }

    private record Computed(List<AccountAnswer> ranked, Instant asOf, Instant computedAt, String model, long generation,
            long writes) {

        Computed with(List<AccountAnswer> rescored) {
            Set<String> ids = rescored.stream().map(AccountAnswer::accountId).collect(Collectors.toSet());
            List<AccountAnswer> merged = new ArrayList<>(ranked.size() + rescored.size());
            ranked.stream().filter(a -> !ids.contains(a.accountId())).forEach(merged::add);
            merged.addAll(rescored);
            merged.sort(AccountQualification.RANKING);
            return new Computed(List.copyOf(merged), asOf, computedAt, model, generation, writes);
        }
    }

    private static final Instant CURRENT = Instant.MIN;
    private static final Logger LOG = LoggerFactory.getLogger(AccountRanking.class);

    private final AccountQualification qualification;
    private final ScoringModels models;
    private final ScoringSettings settings;
    private final Families families;
    private final Graph graph;
    private final Clock clock;
    /** Counts writes that make every kept list wrong. */
    private final AtomicLong generation = new AtomicLong();
    /** Counts every write: a list for a past instant holds only while no write came after it. */
    private final AtomicLong writes = new AtomicLong();
    /** Accounts touched by writes since the current list was computed or last patched. */
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private final ObjectProvider<CurrentAnswers> listeners;
    /** Answers to single-account reads, evicted with the writes heard here. */
    private final CurrentAccountAnswers answers;
    private final Map<Instant, Computed> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Instant, Computed> eldest) {
            return size() > 8;
        }
    };

    AccountRanking(AccountQualification qualification, ScoringModels models, ScoringSettings settings,
            Families families, Graph graph, Clock clock, ObjectProvider<CurrentAnswers> listeners,
            CurrentAccountAnswers answers) {
        this.answers = answers;
        this.listeners = listeners;
        this.qualification = qualification;
        this.models = models;
        this.settings = settings;
        this.families = families;
        this.graph = graph;
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
        return new Page(items, page, size, matching.size(), computed.asOf(), computed.computedAt());
    }

    /** After a write commits: everything stale, or only the accounts it touched (read from the committed graph). */
    @Override
    public void committed(ChangeSet changes) {
        if (changes.isEmpty()) {
            return;
        }
        writes.incrementAndGet();
        if (changes.reachesBeyondTouched()) {
            everythingStale();
            return;
        }
        if (changes.entityIds().isEmpty() && changes.contactIds().isEmpty()) {
            return; // a write of leads only: no account reads its rows
        }
        Instant now = clock.instant();
        List<Record> rows;
        try {
            rows = graph.query("queries/scoring/accounts-touched", Map.of("entityIds",
                    List.copyOf(changes.entityIds()), "contactIds", List.copyOf(changes.contactIds())), r -> r);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the accounts a write touched; the ranked list will be recomputed: {}",
                    e.getMessage());
            everythingStale();
            return;
        }
        if (rows.stream().anyMatch(r -> !families.maintainedOn(r, now))) {
            everythingStale();
            return;
        }
        Set<String> accounts = rows.stream().map(r -> r.get("family").asString()).collect(Collectors.toSet());
        touched.addAll(accounts);
        answers.evictFamilies(accounts);
    }

    private void everythingStale() {
        generation.incrementAndGet();
        answers.evictAll();
    }

    /** The list for {@code asOf} (null: now); the model in force is read before taking the lock. */
    private Computed computed(Instant asOf) {
        return computed(asOf, models.activeAt(asOf == null ? clock.instant() : asOf).version());
    }

    private synchronized Computed computed(Instant asOf, String model) {
        Instant now = clock.instant();
        Instant key = asOf == null ? CURRENT : asOf;
        Instant at = asOf == null ? now : asOf;
        Computed cached = cache.get(key);
        boolean fresh = cached != null && cached.generation() == generation.get() && cached.model().equals(model)
                && (asOf == null ? cached.computedAt().plus(settings.listMaxAge()).isAfter(now)
                        : cached.writes() == writes.get());
        if (fresh && asOf == null && !touched.isEmpty()) {
            Set<String> rescore = drainTouched();
            if (rescore.size() <= settings.batchSize()) {
                List<AccountAnswer> patched = qualification.accounts(rescore, now);
                cached = cached.with(patched);
                cache.put(key, cached);
                tell(patched);
            } else {
                fresh = false;
            }
        }
        if (fresh) {
            return cached;
        }
        if (asOf == null) {
            drainTouched();
        }
        long seenGeneration = generation.get();
        long seenWrites = writes.get();
        List<AccountAnswer> all = qualification.all(at, settings.batchSize(), AccountQualification.Progress.SILENT);
        Computed computed = new Computed(all, at, now, model, seenGeneration, seenWrites);
        cache.put(key, computed);
        if (asOf == null) {
            tell(all);
        }
        return computed;
    }

    private void tell(List<AccountAnswer> answers) {
        listeners.orderedStream().forEach(l -> l.computed(answers));
    }

    /** Takes the touched accounts marked so far; marks arriving meanwhile stay for the next read. */
    private Set<String> drainTouched() {
        Set<String> taken = new HashSet<>(touched);
        touched.removeAll(taken);
        return taken;
    }

    private static boolean matches(AccountAnswer a, Filters f) {
        return (f.tier() == null || f.tier() == a.tier())
                && (f.grade() == null || f.grade() == a.grade())
                && (f.outcome() == null || f.outcome() == a.outcome())
                && (f.minScore() == null || a.score() >= f.minScore());
    }
}
