package io.qualgraph.tools.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.scoring.OpportunityOutcome;

/** An opportunity while it is simulated: planned first, its outcome drawn once the events before it exist. */
final class Deal {

    record Seat(int contact, CommitteeRole role) {
    }

    final String entity;
    final long createdAt;
    final long plannedClose;
    final double heat;
    final List<Seat> committee = new ArrayList<>();
    String id;
    double amount;
    OpportunityOutcome outcome = OpportunityOutcome.OPEN;
    String stage;

    Deal(String entity, long createdAt, long plannedClose, double heat) {
        this.entity = entity;
        this.createdAt = createdAt;
        this.plannedClose = plannedClose;
        this.heat = heat;
    }

    boolean has(CommitteeRole role) {
        return committee.stream().anyMatch(s -> s.role() == role);
    }

    boolean closed() {
        return outcome != OpportunityOutcome.OPEN;
    }

    Map<String, Object> row(List<SeedContact> contacts) {
        List<Map<String, Object>> seats = committee.stream()
                .map(s -> Rows.of("contact", contacts.get(s.contact()).id(), "role", s.role().name())).toList();
        return Rows.of("id", id, "entity", entity, "stage", stage, "outcome", outcome.name(), "amount", amount,
                "createdAt", java.time.Instant.ofEpochSecond(createdAt),
                "closedAt", closed() ? java.time.Instant.ofEpochSecond(plannedClose) : null, "committee", seats);
    }
}
