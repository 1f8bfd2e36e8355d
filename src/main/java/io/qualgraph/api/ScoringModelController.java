package io.qualgraph.api;

import java.net.URI;
import java.util.List;

import io.qualgraph.rescore.Rescore;
import io.qualgraph.rescore.RescoreRuns;
import io.qualgraph.scoringmodels.ScoringModels;
import io.qualgraph.support.Paging;
import io.qualgraph.support.Problem;
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

/**
 * Scoring-model versions (list: any role; upload, activate, roll back: admin) and the bulk re-score (admin), which
 * runs in the background: the start answers 202 with the run's status resource, which shows its progress.
 */
@RestController
class ScoringModelController {

    private static final int MAX_MODEL_CHARS = 200_000;
    private static final int MAX_RUNS = 1000;

    private final ScoringModels models;
    private final RescoreRuns rescores;
    private final Rescore rescore;

    ScoringModelController(ScoringModels models, RescoreRuns rescores, Rescore rescore) {
        this.models = models;
        this.rescores = rescores;
        this.rescore = rescore;
    }

    @GetMapping("/api/scoring-models")
    List<ScoringModels.Version> versions() {
        return models.versions();
    }

    /** Body: the model file as YAML or JSON (any text content type). */
    @PostMapping(value = "/api/scoring-models", consumes = {"application/yaml", "application/x-yaml", "text/yaml",
            "text/plain", "application/json"})
    @ResponseStatus(HttpStatus.CREATED)
    ScoringModels.Version upload(@RequestBody String text, Authentication authentication) {
        if (text.length() > MAX_MODEL_CHARS) {
            throw Problem.tooLarge("A scoring model file may have at most " + MAX_MODEL_CHARS + " characters");
        }
        return models.upload(text, Caller.of(authentication).name());
    }

    @PostMapping("/api/scoring-models/{version}/activate")
    ScoringModels.Version activate(@PathVariable String version, Authentication authentication) {
        return models.activate(version, Caller.of(authentication).name());
    }

    @PostMapping("/api/admin/rescore")
    ResponseEntity<RescoreRuns.Status> rescore() {
        RescoreRuns.Status started = rescores.start();
        return ResponseEntity.accepted().location(URI.create("/api/admin/rescore/" + started.id())).body(started);
    }

    /** The stored re-score runs, newest first. */
    @GetMapping("/api/admin/rescore")
    List<Rescore.Run> rescoreRuns(@RequestParam(defaultValue = "20") int limit) {
        return rescore.storedRuns(Paging.limit("limit", limit, MAX_RUNS));
    }

    @GetMapping("/api/admin/rescore/{id}")
    RescoreRuns.Status rescoreStatus(@PathVariable String id) {
        return rescores.status(id).orElseThrow(() -> Problem.notFound("Re-score run", id));
    }
}
