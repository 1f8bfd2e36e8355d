package io.qualgraph.api;

import java.util.List;

import io.qualgraph.accounts.Rescore;
import io.qualgraph.accounts.ScoringModels;
import io.qualgraph.support.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scoring-model versions (list: any role; upload, activate, roll back: admin) and the bulk re-score (admin). */
@RestController
class ScoringModelController {

    private static final int MAX_MODEL_CHARS = 200_000;

    private final ScoringModels models;
    private final Rescore rescore;

    ScoringModelController(ScoringModels models, Rescore rescore) {
        this.models = models;
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
    Rescore.Run rescore() {
        return rescore.run(n -> { });
    }
}
