package io.qualgraph.qualification;

import java.time.Instant;
import java.util.List;

import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Reason;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.Tier;

/**
 * The decision on an account: tier, outcome and route, when to look again, whether the tier is held for
 * compliance, and zero-point reason rows that say why (they do not change the score's sum).
 */
public record Qualification(Tier tier, Outcome outcome, Route route, Instant recheckAt, boolean tierHeld,
        List<Reason> notes) {
}
