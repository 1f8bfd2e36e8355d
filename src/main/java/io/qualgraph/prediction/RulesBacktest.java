package io.qualgraph.prediction;

import java.time.Instant;
import java.util.List;

import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoring.Tier;
import io.qualgraph.scoringmodels.ScoringModels;
import org.springframework.stereotype.Service;

/**
 * Back-tests a rules (scoring-model) version before it is activated: every closed opportunity's account scored with
 * that version as the graph stood at the opportunity's {@code createdAt}, then how well the score ranks wins (AUC) and
 * how the tiers would have done.
 */
@Service
public class RulesBacktest {

    /** The back-test of one version over the closed opportunities created in [{@code from}, {@code to}]. */
    public record Answer(String modelVersion, int opportunities, int won, int lost, Instant from, Instant to, Double auc,
            Double winRate, List<TierOutcomes.TierRow> tiers, TierOutcomes.Selection t1, TierOutcomes.Selection t1AndT2) {
    }

    private final ScoringModels models;
    private final OpportunityHistory history;

    RulesBacktest(ScoringModels models, OpportunityHistory history) {
        this.models = models;
        this.history = history;
    }

    /** @throws io.qualgraph.support.Problem 404 for an unknown version */
    public Answer run(String version) {
        ScoringModel model = models.model(version);
        List<OpportunityHistory.Point> points = history.read(model, Training.Progress.NONE);
        double[] scores = points.stream().mapToDouble(p -> p.account().score()).toArray();
        boolean[] won = new boolean[points.size()];
        Tier[] tiers = new Tier[points.size()];
        int wins = 0;
        for (int i = 0; i < points.size(); i++) {
            won[i] = points.get(i).won();
            tiers[i] = points.get(i).account().tier();
            wins += won[i] ? 1 : 0;
        }
        TierOutcomes outcomes = TierOutcomes.of(tiers, won);
        return new Answer(version, points.size(), wins, points.size() - wins,
                points.isEmpty() ? null : points.get(0).createdAt(),
                points.isEmpty() ? null : points.get(points.size() - 1).createdAt(),
                Metrics.orNull(Metrics.auc(scores, won)), Metrics.ratio(wins, points.size()), outcomes.tiers(),
                outcomes.t1(), outcomes.t1AndT2());
    }
}
