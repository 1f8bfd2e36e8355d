package io.qualgraph.prediction;

import java.time.Instant;
import java.util.Optional;

import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.accounts.WinProbability;
import org.springframework.stereotype.Component;

/** The win probability a PREDICTED_WIN upgrade rule reads: the OPPORTUNITY_WON model active at the instant. */
@Component
class PredictedWins implements WinProbability {

    private final PredictiveModels models;

    PredictedWins(PredictiveModels models) {
        this.models = models;
    }

    @Override
    public Optional<Estimate> of(AccountAnswer unqualified, Instant asOf) {
        return models.activeAt(Target.OPPORTUNITY_WON, asOf)
                .map(active -> Predictions.predict(active, AccountFeatures.of(unqualified)))
                .map(p -> new Estimate(p.probability(), p.modelVersion()));
    }
}
