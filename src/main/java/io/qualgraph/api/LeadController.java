package io.qualgraph.api;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.qualgraph.ingest.Bundle;
import io.qualgraph.lead.Funnel;
import io.qualgraph.lead.Inbox;
import io.qualgraph.lead.LeadDecisions;
import io.qualgraph.lead.LeadHistoryEntry;
import io.qualgraph.lead.LeadInbox;
import io.qualgraph.lead.LeadIntake;
import io.qualgraph.lead.LeadQualification;
import io.qualgraph.lead.LeadReads;
import io.qualgraph.lead.LeadSettings;
import io.qualgraph.lead.LeadStage;
import io.qualgraph.lead.LeadView;
import io.qualgraph.prediction.Prediction;
import io.qualgraph.prediction.Predictions;
import io.qualgraph.scoring.LeadSource;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Route;
import io.qualgraph.support.AsOf;
import io.qualgraph.support.Paging;
import io.qualgraph.support.Problem;
import io.qualgraph.support.Vocabulary;
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
    private final LeadInbox inbox;
    private final LeadSettings settings;
    private final Clock clock;
    private final Predictions predictions;

    LeadController(LeadIntake intake, LeadReads reads, LeadDecisions decisions, LeadInbox inbox, LeadSettings settings,
            Predictions predictions, Clock clock) {
        this.predictions = predictions;
        this.intake = intake;
        this.reads = reads;
        this.decisions = decisions;
        this.inbox = inbox;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/api/leads")
    @Operation(summary = "The inbox, most urgent first (outcome, contactBy, score); rejected, converted and duplicate "
            + "leads leave it; changedSince lists every lead whose outcome, route or stage changed since then")
    LeadInbox.Page inbox(@RequestParam(required = false) String outcome, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String route, @RequestParam(required = false) String accountId,
            @RequestParam(required = false) String source, @RequestParam(required = false) String changedSince,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String asOf) {
        Inbox.Filters filters = new Inbox.Filters(Vocabulary.parseOptional(Outcome.class, outcome, "outcome"),
                Vocabulary.parseOptional(LeadStage.class, stage, "stage"),
                Vocabulary.parseOptional(Route.class, route, "route"), accountId,
                Vocabulary.parseOptional(LeadSource.class, source, "source"));
        Paging paging = Paging.of(page, size, settings.maxPageSize());
        Instant at = AsOf.parseOr(asOf, "asOf", false, null);
        Instant since = AsOf.parseOr(changedSince, "changedSince", false, null);
        if (at != null && since != null) {
            throw Problem.invalid("changedSince", "is for the inbox now; leave asOf out");
        }
        return inbox.page(filters, since, paging, at, clock.instant());
    }

    @GetMapping("/api/leads/funnel")
    @Operation(summary = "Leads per stage reached and conversion rates for leads created in [from, to), grouped by "
            + "source, tier or persona")
    Funnel.Report funnel(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "source") String by) {
        if (!List.of("source", "tier", "persona").contains(by)) {
            throw Problem.invalid("by", "must be one of [source, tier, persona], was '" + by + "'");
        }
        Instant end = AsOf.parseOr(to, "to", false, clock.instant());
        Instant start = AsOf.parseOr(from, "from", true, end.minus(Duration.ofDays(settings.funnelDefaultDays())));
        if (!start.isBefore(end)) {
            throw Problem.invalid("from", "must be before to");
        }
        return inbox.funnel(start, end, by);
    }

    @PostMapping("/api/leads")
    @Operation(summary = "Take one lead (the fields of a bundle leads row; id generated when absent): 201 with its "
            + "qualification, resolved and decided in the request")
    ResponseEntity<PredictedQualification> create(@RequestBody Bundle.Lead lead) {
        LeadQualification q = intake.intake(lead);
        return ResponseEntity.created(URI.create("/api/leads/" + q.leadId())).body(new PredictedQualification(q,
                predictions.forLead(q, () -> reads.lead(q.leadId(), q.asOf())).orElse(null)));
    }

    /** A lead and, while a predictive model is active, its prediction (its own, else its account's). */
    record PredictedLead(@JsonUnwrapped LeadView lead, Prediction prediction) {
    }

    /** A lead's qualification and, while a predictive model is active, its prediction (its own, else its account's). */
    record PredictedQualification(@JsonUnwrapped LeadQualification qualification, Prediction prediction) {
    }

    @GetMapping("/api/leads/{id}")
    PredictedLead lead(@PathVariable String id, @RequestParam(required = false) String asOf) {
        LeadView lead = reads.lead(id, AsOf.parse(asOf, clock));
        return new PredictedLead(lead, predictions.forLead(lead.qualification(), () -> lead).orElse(null));
    }

    @GetMapping("/api/leads/{id}/qualification")
    PredictedQualification qualification(@PathVariable String id, @RequestParam(required = false) String asOf) {
        LeadView lead = reads.lead(id, AsOf.parse(asOf, clock));
        return new PredictedQualification(lead.qualification(),
                predictions.forLead(lead.qualification(), () -> lead).orElse(null));
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
