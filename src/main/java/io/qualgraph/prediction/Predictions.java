package io.qualgraph.prediction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.accounts.AccountQualification;
import org.springframework.stereotype.Service;

/** Adds the active model's prediction to an account read: nothing while no model is active (the rules decide alone). */
@Service
public class Predictions {

    private final PredictiveModels models;
    private final AccountQualification accounts;

    Predictions(PredictiveModels models, AccountQualification accounts) {
        this.models = models;
        this.accounts = accounts;
    }

    /**
     * The OPPORTUNITY_WON prediction for the account {@code accountId} at {@code asOf} (for a lead: the chance that an
     * opportunity of its account is won), if a model was active then; the account is read only in that case.
     */
    public Optional<Prediction> forAccountId(String accountId, Instant asOf) {
        if (accountId == null) {
            return Optional.empty();
        }
        return models.activeAt(Target.OPPORTUNITY_WON, asOf)
                .map(active -> predict(active, accounts.account(accountId, asOf)));
    }

    /** The OPPORTUNITY_WON prediction for an account as qualified at {@code asOf}, if a model was active then. */
    public Optional<Prediction> forAccount(AccountAnswer account, Instant asOf) {
        return models.activeAt(Target.OPPORTUNITY_WON, asOf).map(active -> predict(active, account));
    }

    static Prediction predict(PredictiveModels.Active active, AccountAnswer account) {
        FittedModel model = active.model();
        List<Column> columns = AccountFeatures.columns(List.of(AccountFeatures.of(account)), model.columns());
        Observations one = new Observations(columns, new boolean[1], null, null, null);
        Explanation explanation = model.explain(one, 0);
        return new Prediction(explanation.probability(), active.version(), active.target(), explanation.intercept(),
                explanation.factors());
    }
}
