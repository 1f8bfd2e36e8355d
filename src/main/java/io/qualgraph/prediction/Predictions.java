package io.qualgraph.prediction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.accounts.AccountQualification;
import io.qualgraph.lead.LeadQualification;
import io.qualgraph.lead.LeadView;
import org.springframework.stereotype.Service;

/**
 * Adds the active models' predictions to account and lead reads: nothing while no model is active (the rules decide
 * alone). An account gets the OPPORTUNITY_WON model's; a lead gets the LEAD_CONVERTED model's when one is active, and
 * otherwise its account's.
 */
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
                .map(active -> predict(active, AccountFeatures.of(accounts.account(accountId, asOf))));
    }

    /** The OPPORTUNITY_WON prediction for an account as qualified at {@code asOf}, if a model was active then. */
    public Optional<Prediction> forAccount(AccountAnswer account, Instant asOf) {
        return models.activeAt(Target.OPPORTUNITY_WON, asOf).map(active -> predict(active, AccountFeatures.of(account)));
    }

    /**
     * The prediction for a lead qualified as {@code qualification}: the LEAD_CONVERTED model's if one was active at its
     * {@code asOf} (the lead, from {@code lead}, is read only then), else its account's OPPORTUNITY_WON prediction.
     */
    public Optional<Prediction> forLead(LeadQualification qualification, Supplier<LeadView> lead) {
        Optional<PredictiveModels.Active> leadModel = models.activeAt(Target.LEAD_CONVERTED, qualification.asOf());
        if (leadModel.isPresent()) {
            return leadModel.map(active -> predict(active, LeadFeatures.of(lead.get())));
        }
        return qualification.account() == null ? Optional.empty()
                : forAccountId(qualification.account().accountId(), qualification.asOf());
    }

    static Prediction predict(PredictiveModels.Active active, FeatureSet.Row row) {
        FittedModel model = active.model();
        List<Column> columns = active.target().features().columns(List.of(row), model.columns());
        Observations one = new Observations(columns, new boolean[1], null, null, null);
        Explanation explanation = model.explain(one, 0);
        return new Prediction(explanation.probability(), active.version(), active.target(), explanation.intercept(),
                explanation.factors());
    }
}
