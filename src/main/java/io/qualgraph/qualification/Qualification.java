package io.qualgraph.qualification;

import java.time.Instant;
import java.util.List;

import io.qualgraph.scoring.Reason;

/**
 * The decision on an account: tier, outcome and route, when to look again, whether the tier is held for
 * compliance, and zero-point reason rows that say why (they do not change the score's sum).
 */
public record Qualification(String tier, String outcome, String route, Instant recheckAt, boolean tierHeld,
        List<Reason> notes) {
}
