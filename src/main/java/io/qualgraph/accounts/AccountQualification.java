package io.qualgraph.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.qualgraph.entity.Families;
import io.qualgraph.qualification.Qualification;
import io.qualgraph.qualification.Qualifier;
import io.qualgraph.risk.Gate;
import io.qualgraph.risk.ReviewService;
import io.qualgraph.risk.RiskLevel;
import io.qualgraph.risk.RiskLevels;
import io.qualgraph.scoring.AccountScore;
import io.qualgraph.scoring.AccountScorer;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Reason;
import io.qualgraph.scoring.ReasonSummary;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoring.Signals;
import io.qualgraph.scoring.Tier;
import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.support.Graph;
import io.qualgraph.support.Problem;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Scores and qualifies accounts: finds the family, loads its signals in set-based reads (one statement for a single
 * account when its read model holds), and hands them to the pure scorer and qualifier with the model in force and the
 * family's risk level at the same instant.
 */
@Service
public class AccountQualification {

    private final Families families;
    private final ScoringModels models;
    private final SignalLoader loader;
    private final RiskLevels risk;
    private final Graph graph;
    private final AccountReadModel readModel;

    private final ReviewService reviews;
    private final WinProbability winProbability;

    AccountQualification(Families families, ScoringModels models, SignalLoader loader, RiskLevels risk, Graph graph,
            AccountReadModel readModel, ReviewService reviews, ObjectProvider<WinProbability> winProbability) {
        this.reviews = reviews;
        this.winProbability = winProbability.getIfAvailable(() -> WinProbability.NONE);
        this.graph = graph;
        this.readModel = readModel;
        this.families = families;
        this.models = models;
        this.loader = loader;
        this.risk = risk;
    }

    /**
     * The account (family) of any member entity, scored and qualified as of {@code asOf}.
     *
     * @throws Problem 404 when no legal entity has that id
     */
    public AccountAnswer account(String entityId, Instant asOf) {
        return readModel.load(entityId, asOf).map(loaded -> qualify(loaded, asOf))
                .orElseGet(() -> accountInOneTransaction(entityId, asOf));
    }

    /** The general read of {@link #account}: family, model, levels and signals by the batch statements, one transaction. */
    AccountAnswer accountInOneTransaction(String entityId, Instant asOf) {
        return accountInOneTransaction(entityId, asOf, null);
    }

    /**
     * The account of {@code entityId} as the graph stood at {@code asOf}, scored with {@code model} rather than the
     * version then in force: what a back-test or a learner reads for one past instant.
     *
     * @throws Problem 404 when no legal entity has that id
     */
    public AccountAnswer account(String entityId, Instant asOf, ScoringModel model) {
        return accountInOneTransaction(entityId, asOf, model);
    }

    /** The general read of one account in one transaction, with {@code model} or, when null, the one in force. */
    private AccountAnswer accountInOneTransaction(String entityId, Instant asOf, ScoringModel model) {
        return graph.read(tx -> {
            Families.Family family = families.familyOf(tx, entityId, asOf)
                    .orElseThrow(() -> Problem.notFound("legal entity", entityId));
            return qualify(tx, List.of(family), asOf, model == null ? models.activeAt(tx, asOf) : model).get(0);
        });
    }

    private AccountAnswer qualify(AccountReadModel.Loaded loaded, Instant asOf) {
        AccountScore score = AccountScorer.score(loaded.signals(), loaded.model(), asOf);
        return answer(score, worst(loaded.family(), loaded.levels()), loaded.model(), loaded.signals().contacts());
    }

    /**
     * The accounts whose ultimate parents are {@code accountIds}, scored as of {@code asOf} in one read transaction
     * (the families looked up as {@link #familiesOf} does, then the batch statements); unknown ids are skipped.
     */
    List<AccountAnswer> accounts(Collection<String> accountIds, Instant asOf) {
        return graph.read(tx -> {
            List<Families.Family> found = familiesOf(tx, accountIds, asOf).families();
            return found.isEmpty() ? List.<AccountAnswer>of() : qualify(tx, found, asOf);
        });
    }

    /**
     * The accounts of these member entities as of {@code asOf}, by entity id; unknown ids are left out. One entity is
     * read as {@link #account(String, Instant)} reads it; more are read in one transaction in which their families are
     * looked up together ({@link Families#familiesOf}) and all are scored by the batch statements, so a thousand leads
     * at a hundred families cost one family lookup and a hundred family scores.
     */
    public Map<String, AccountAnswer> ofMembers(Collection<String> entityIds, Instant asOf) {
        if (entityIds.size() == 1) {
            String id = entityIds.iterator().next();
            return Map.of(id, account(id, asOf));
        }
        return graph.read(tx -> {
            FamiliesFound found = familiesOf(tx, entityIds, asOf);
            Map<String, AccountAnswer> byAccount = new LinkedHashMap<>();
            if (!found.families().isEmpty()) {
                qualify(tx, found.families(), asOf).forEach(a -> byAccount.put(a.accountId(), a));
            }
            Map<String, AccountAnswer> answers = new LinkedHashMap<>();
            entityIds.stream().filter(found.parentOf()::containsKey)
                    .forEach(id -> answers.put(id, byAccount.get(found.parentOf().get(id))));
            return answers;
        });
    }

    /** The distinct families of {@code ids} (first seen first) and the ultimate parent of every member they hold. */
    private record FamiliesFound(List<Families.Family> families, Map<String, String> parentOf) {
    }

    /** The distinct families of {@code ids} (first seen first) in one lookup; unknown ids are skipped. */
    private FamiliesFound familiesOf(TransactionContext tx, Collection<String> ids, Instant asOf) {
        Map<String, String> parentOf = new LinkedHashMap<>();
        Map<String, Families.Family> byParent = new LinkedHashMap<>();
        families.familiesOf(tx, ids, asOf).values().forEach(family -> {
            byParent.putIfAbsent(family.ultimateParentId(), family);
            family.members().forEach(m -> parentOf.put(m.entityId(), family.ultimateParentId()));
        });
        return new FamiliesFound(List.copyOf(byParent.values()), parentOf);
    }

    /** Every account as of {@code asOf}, in batches of {@code batchSize} families, best score first. */
    public List<AccountAnswer> all(Instant asOf, int batchSize, Progress progress) {
        List<Families.Family> all = families.allFamilies(asOf);
        List<AccountAnswer> answers = new ArrayList<>(all.size());
        progress.scored(0, all.size());
        for (int from = 0; from < all.size(); from += batchSize) {
            List<Families.Family> batch = all.subList(from, Math.min(all.size(), from + batchSize));
            answers.addAll(graph.read(tx -> qualify(tx, batch, asOf)));
            progress.scored(answers.size(), all.size());
        }
        answers.sort(RANKING);
        return answers;
    }

    /** Hears how many of all the accounts a bulk scoring has scored: once before the first batch, then after each. */
    @FunctionalInterface
    public interface Progress {
        void scored(int done, int total);

        Progress SILENT = (done, total) -> { };
    }

    /**
     * Best first: accounts the risk gate disqualifies for now come after every other account whatever their score,
     * so that the top of the list is always workable; within each group by score, then account id.
     */
    static final Comparator<AccountAnswer> RANKING = Comparator
            .comparing((AccountAnswer a) -> a.outcome() == Outcome.DISQUALIFIED_FOR_NOW)
            .thenComparing(Comparator.comparingDouble(AccountAnswer::score).reversed())
            .thenComparing(AccountAnswer::accountId);

    /** Scores and qualifies a batch of families in the caller's read transaction (four set-based statements). */
    private List<AccountAnswer> qualify(TransactionContext tx, List<Families.Family> batch, Instant asOf) {
        return qualify(tx, batch, asOf, models.activeAt(tx, asOf));
    }

    private List<AccountAnswer> qualify(TransactionContext tx, List<Families.Family> batch, Instant asOf,
            ScoringModel model) {
        List<String> members = batch.stream().flatMap(f -> f.members().stream()).map(Families.Member::entityId).toList();
        Map<String, RiskLevel> levels = risk.levelsOf(tx, members, asOf);
        var signals = loader.accounts(tx, batch, asOf, model);
        List<AccountAnswer> answers = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            AccountScore score = AccountScorer.score(signals.get(i), model, asOf);
            answers.add(answer(score, worst(batch.get(i), levels), model, signals.get(i).contacts()));
        }
        return answers;
    }

    /** The gate of the most severe member: its review and evidence dates are read only for HIGH and BLOCKED. */
    private Gate gate(Worst worst, Instant asOf) {
        if (worst.level().compareTo(RiskLevel.HIGH) < 0) {
            return new Gate(worst.entityId(), worst.level(), null, null, false);
        }
        Gate gate = reviews.gate(worst.entityId(), asOf);
        return gate.level() == worst.level() ? gate : new Gate(worst.entityId(), worst.level(), null, null, false);
    }

    private AccountAnswer answer(AccountScore score, Worst worst, ScoringModel model, List<Signals.Contact> contacts) {
        List<Reason> reasons = new ArrayList<>(score.reasons());
        reasons.add(new Reason("RISK_LEVEL", 0, "KYC risk of the family is " + worst.level()
                + (worst.level() == RiskLevel.NONE ? "" : ", from member " + worst.entityId()),
                Reason.Source.entity(worst.entityId())));
        AccountScore scored = model.readsWinProbability() ? withPredictedWin(score, worst, reasons) : score;
        Qualification q = Qualifier.qualify(scored, gate(worst, score.asOf()), model.qualification());
        reasons.addAll(q.notes());
        Map<String, ReasonSummary.Person> people = people(contacts, reasons, score.committee());
        return answer(score, worst, q.tier(), q.outcome(), q.route(), q.recheckAt(), q.tierHeld(), reasons, people);
    }

    /** The contacts the reasons or the committee name, by id, sorted, with their names and titles. */
    private static Map<String, ReasonSummary.Person> people(List<Signals.Contact> contacts, List<Reason> reasons,
            AccountScore.Committee committee) {
        Set<String> named = new HashSet<>();
        reasons.stream().filter(r -> r.source() != null && r.source().contactId() != null)
                .forEach(r -> named.add(r.source().contactId()));
        committee.covered().values().forEach(named::addAll);
        Map<String, ReasonSummary.Person> people = new TreeMap<>();
        contacts.stream().filter(c -> named.contains(c.id())).forEach(c -> people.put(c.id(), c.person()));
        return people;
    }

    /** The score with a PREDICTED_WIN event when a predictive model was active: the upgrade rules decide what it lifts. */
    private AccountScore withPredictedWin(AccountScore score, Worst worst, List<Reason> reasons) {
        AccountAnswer unqualified = answer(score, worst, null, null, null, null, false, List.copyOf(reasons), null);
        return winProbability.of(unqualified, score.asOf())
                .map(e -> score.with(new AccountScore.Upgrade(ScoringModel.UpgradeEvent.PREDICTED_WIN, String.format(
                        "predictive model %s puts the win probability at %.3f", e.modelVersion(), e.probability()),
                        e.probability())))
                .orElse(score);
    }

    private static AccountAnswer answer(AccountScore score, Worst worst, Tier tier, Outcome outcome, Route route,
            Instant recheckAt, boolean tierHeld, List<Reason> reasons, Map<String, ReasonSummary.Person> people) {
        return new AccountAnswer(score.accountId(), score.accountName(), score.score(), score.grade(), tier, outcome,
                route, worst.level(), recheckAt, tierHeld, score.modelVersion(), score.asOf(), score.fitPoints(),
                score.engagementPoints(), score.engagedContacts(),
                new AccountAnswer.Committee(score.committee().covered(), score.committee().missing()), reasons, people);
    }

    private record Worst(String entityId, RiskLevel level) {
    }

    /** The most severe level among the members: selling to the family means selling to each of them. */
    private static Worst worst(Families.Family family, Map<String, RiskLevel> levels) {
        Worst worst = new Worst(family.ultimateParentId(), RiskLevel.NONE);
        Collection<Families.Member> members = family.members();
        for (Families.Member member : members) {
            RiskLevel level = levels.getOrDefault(member.entityId(), RiskLevel.NONE);
            if (level.compareTo(worst.level()) > 0) {
                worst = new Worst(member.entityId(), level);
            }
        }
        return worst;
    }
}
