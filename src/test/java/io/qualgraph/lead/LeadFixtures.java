package io.qualgraph.lead;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.scoring.Grade;
import io.qualgraph.scoring.LeadSource;
import io.qualgraph.scoring.LeadStatus;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.Seniority;
import io.qualgraph.scoring.Signals;
import io.qualgraph.scoring.Tier;

/** Leads for the pure decision tests: a fit lead at a grade-A account, varied one fact at a time. */
final class LeadFixtures {

    static final Instant NOW = Instant.parse("2026-11-04T09:00:00Z"); // a Wednesday

    private LeadFixtures() {
    }

    static Signals.Contact contact(String email, Seniority seniority, List<Signals.Event> events) {
        return new Signals.Contact("C1", "Ann Lee", email, seniority, "IT", "E1", 800, List.of("E1"), events, Set.of());
    }

    static LeadSignals.AccountView account(String outcome, String route, RiskLevel risk) {
        return account(Outcome.valueOf(outcome), Route.valueOf(route), risk);
    }

    static LeadSignals.AccountView account(Outcome outcome, Route route, RiskLevel risk) {
        return new LeadSignals.AccountView("E1", "Acme Holding AG", 48, Grade.A, Tier.T2, outcome, route, risk,
                risk == RiskLevel.NONE ? null : NOW.plusSeconds(86400 * 14), List.of(CommitteeRole.ECONOMIC_BUYER));
    }

    static LeadSignals fit() {
        return lead("ann@acme.example", Seniority.VP, Instant.parse("2026-11-04T08:30:00Z"), List.of(),
                account("QUALIFIED", "WITHIN_48H", RiskLevel.NONE));
    }

    static LeadSignals lead(String email, Seniority seniority, Instant createdAt, List<Signals.Event> events,
            LeadSignals.AccountView account) {
        return new LeadSignals("L1", createdAt, LeadSource.INBOUND_FORM, LeadStatus.NEW, "Ann Lee", email, "+49 30 1234567",
                "VP Engineering", new LeadSignals.Answers("APPROVED", null, null, "CONFIRMED"),
                contact(email, seniority, events), account, null);
    }

    static LeadSignals withAccount(LeadSignals l, LeadSignals.AccountView account) {
        return new LeadSignals(l.leadId(), l.createdAt(), l.source(), l.status(), l.name(), l.email(), l.phone(),
                l.title(), l.answers(), l.contact(), account, l.duplicateOf());
    }
}
