package io.qualgraph.qualification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.qualgraph.risk.Gate;
import io.qualgraph.risk.Review;
import io.qualgraph.scoring.Tier;

/** The words and the recheck date of a risk gate: who decided what and when, and when to look again. */
final class RiskGateNotes {

    private RiskGateNotes() {
    }

    /** ": CLEAR by Dana Kim on 2026-11-30 on the current evidence (reason)", or "" without a current decision. */
    static String decision(Gate gate) {
        if (!gate.current() || gate.decision() == null) {
            return "";
        }
        Review d = gate.decision();
        return ": " + d.decision() + " by " + d.reviewer() + " on " + day(d.at()) + " on the current evidence ("
                + d.reason() + ")";
    }

    static String hold(Gate gate, Tier tier) {
        String since = gate.since() == null ? "" : " since " + gate.since();
        if (gate.decided(Review.Decision.CONFIRM)) {
            return "KYC risk is HIGH" + since + ", confirmed" + decision(gate) + ": tier " + tier + " stays held";
        }
        if (gate.decided(Review.Decision.ESCALATE)) {
            return "KYC risk is HIGH" + since + ", escalated" + decision(gate) + ": tier " + tier
                    + " stays held until a senior reviewer decides";
        }
        String reopened = gate.decision() == null ? "" : "; the last decision (" + gate.decision().decision() + " on "
                + day(gate.decision().at()) + ") was made on other evidence, so the review is open again";
        return "KYC risk is HIGH" + since + ": tier " + tier + " is held until compliance reviews the account"
                + reopened;
    }

    /**
     * {@code days} after the gate's anchor (its current decision, else the day its evidence began). With no date in
     * the graph, the next boundary of a fixed {@code days}-long cycle counted from 1970-01-01: stable inside each cycle.
     */
    static Instant recheck(Gate gate, int days, Instant asOf) {
        Instant anchor = gate.anchor();
        if (anchor != null) {
            return anchor.plus(Duration.ofDays(days));
        }
        long today = LocalDate.ofInstant(asOf, ZoneOffset.UTC).toEpochDay();
        return LocalDate.ofEpochDay((Math.floorDiv(today, days) + 1) * days).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String day(Instant at) {
        return at.toString().substring(0, 10);
    }
}
