package io.qualgraph.lead;

import java.time.Instant;
import java.util.List;

/**
 * A lead's stage at an instant: the stage of the last sales decision recorded by then; without one, MQL once its
 * outcome has been QUALIFIED (the first such instant is kept as {@code mqlAt}), else NEW. Pure.
 */
final class LeadStages {

    record At(LeadStage stage, Instant mqlAt) {
    }

    private LeadStages() {
    }

    static At at(LeadRow row, LeadDecision decision, Instant asOf) {
        Instant mqlAt = row.mqlAt() != null && !row.mqlAt().isAfter(asOf) ? row.mqlAt()
                : decision.outcome() == io.qualgraph.scoring.Outcome.QUALIFIED ? decision.trigger() : null;
        List<LeadRow.SalesDecision> decisions = row.decisionsAt(asOf);
        if (!decisions.isEmpty()) {
            return new At(decisions.get(decisions.size() - 1).stage(), mqlAt);
        }
        return new At(mqlAt != null ? LeadStage.MQL : LeadStage.NEW, mqlAt);
    }
}
