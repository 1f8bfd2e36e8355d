package io.qualgraph.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.lead.LeadDecisions;
import io.qualgraph.lead.LeadHistoryEntry;
import io.qualgraph.lead.LeadIntake;
import io.qualgraph.lead.LeadQualification;
import io.qualgraph.lead.LeadReads;
import io.qualgraph.lead.LeadView;
import io.qualgraph.support.AsOf;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Leads: intake and decisions (sales, admin), reads (sales, compliance, admin). */
@RestController
class LeadController {

    /** A sales decision as posted. */
    record DecisionRequest(String decision, String reason, String opportunity) {
    }

    private final LeadIntake intake;
    private final LeadReads reads;
    private final LeadDecisions decisions;
    private final Clock clock;

    LeadController(LeadIntake intake, LeadReads reads, LeadDecisions decisions, Clock clock) {
        this.intake = intake;
        this.reads = reads;
        this.decisions = decisions;
        this.clock = clock;
    }

    @PostMapping("/api/leads")
    @Operation(summary = "Take one lead (the fields of a bundle leads row; id generated when absent): 201 with its "
            + "qualification, resolved and decided in the request")
    ResponseEntity<LeadQualification> create(@RequestBody Bundle.Lead lead) {
        LeadQualification q = intake.intake(lead);
        return ResponseEntity.created(URI.create("/api/leads/" + q.leadId())).body(q);
    }

    @GetMapping("/api/leads/{id}")
    LeadView lead(@PathVariable String id, @RequestParam(required = false) String asOf) {
        return reads.lead(id, AsOf.parse(asOf, clock));
    }

    @GetMapping("/api/leads/{id}/qualification")
    LeadQualification qualification(@PathVariable String id, @RequestParam(required = false) String asOf) {
        return reads.qualification(id, AsOf.parse(asOf, clock));
    }

    @PostMapping("/api/leads/{id}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    LeadDecisions.Recorded decide(@PathVariable String id, @RequestBody DecisionRequest request,
            Authentication authentication) {
        return decisions.record(id, request.decision(), request.reason(), request.opportunity(),
                Caller.of(authentication).name());
    }

    @GetMapping("/api/leads/{id}/history")
    List<LeadHistoryEntry> history(@PathVariable String id, @RequestParam(required = false) String asOf) {
        return decisions.history(id, AsOf.parse(asOf, clock));
    }
}
