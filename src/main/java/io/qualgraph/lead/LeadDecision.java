package io.qualgraph.lead;

import java.time.Instant;
import java.util.List;

import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Reason;
import io.qualgraph.scoring.Route;

/**
 * The decision on a lead at one instant: outcome and route (the account vocabulary), when sales should contact it
 * ({@code contactBy}, null unless QUALIFIED), when to look again, the instant that made it what it is
 * ({@code trigger}: the last positive event or the lead's arrival), the reasons and what is missing.
 */
record LeadDecision(double score, Outcome outcome, Route route, Instant contactBy, Instant recheckAt, Instant trigger,
        List<Reason> reasons, List<Missing> missing) {

    /** Something unknown that would change the decision, and how many points it could add at most. */
    record Missing(String code, String detail, double points) {
    }
}
