package io.qualgraph.api;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.qualgraph.prediction.ModelReport;
import io.qualgraph.prediction.ModelTraining;
import io.qualgraph.prediction.PredictiveModels;
import io.qualgraph.prediction.RulesBacktest;
import io.qualgraph.prediction.StoredPredictiveModel;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Predictive models (train and activate: admin; list and read: any role) and the back-test of a rules version
 * (admin). Training runs in the background: the start answers 202 with the model's resource, which shows the run's
 * progress until the report is stored.
 */
@RestController
class PredictiveModelController {

    /**
     * A model as read: the report's fields, and beside them where its training run is ({@code state}, {@code progress},
     * {@code error}), whether it predicts now ({@code active}) and who trained it.
     */
    record ModelAnswer(@JsonUnwrapped ModelReport report, ModelTraining.State state, ModelTraining.Step progress,
            String error, Boolean active, String trainedBy) {

        static ModelAnswer of(StoredPredictiveModel model) {
            return new ModelAnswer(model.report(), ModelTraining.State.DONE, null, null, model.active(), model.trainedBy());
        }

        static ModelAnswer of(ModelTraining.Run run) {
            ModelReport pending = new ModelReport(run.version(), run.target(), run.algorithm(), null, null, null, null,
                    null, null, null, null, null, null);
            return new ModelAnswer(pending, run.state(), run.progress(), run.error(), false, null);
        }
    }

    private final ModelTraining training;
    private final PredictiveModels models;
    private final RulesBacktest backtest;

    PredictiveModelController(ModelTraining training, PredictiveModels models, RulesBacktest backtest) {
        this.training = training;
        this.models = models;
        this.backtest = backtest;
    }

    @PostMapping("/api/predictive-models")
    @Operation(summary = "Start training {target, algorithm, version?, knownAfter?, keep?, seed?} on the graph's closed "
            + "opportunities: 202 with Location; the model's resource shows progress, then the report")
    ResponseEntity<ModelAnswer> train(@RequestBody ModelTraining.Request request, Authentication authentication) {
        ModelTraining.Run run = training.start(request, Caller.of(authentication).name());
        return ResponseEntity.accepted().location(URI.create("/api/predictive-models/" + run.version()))
                .body(ModelAnswer.of(run));
    }

    @GetMapping("/api/predictive-models")
    List<ModelAnswer> list() {
        return models.list().stream().map(ModelAnswer::of).toList();
    }

    @GetMapping("/api/predictive-models/{version}")
    ModelAnswer model(@PathVariable String version) {
        return training.run(version).filter(run -> run.state() != ModelTraining.State.DONE).map(ModelAnswer::of)
                .orElseGet(() -> ModelAnswer.of(models.find(version)));
    }

    @PostMapping("/api/predictive-models/{version}/activate")
    @Operation(summary = "Put a VALIDATED model in force for its target from now on (also the roll-back); its "
            + "probability joins account and lead answers as prediction")
    ModelAnswer activate(@PathVariable String version, Authentication authentication) {
        return ModelAnswer.of(models.activate(version, Caller.of(authentication).name()));
    }

    @PostMapping("/api/predictive-models/{version}/deactivate")
    @Operation(summary = "Take the VALIDATED model in force for its target out of force from now on: answers carry no "
            + "prediction for that target until a model is activated again (409 when the version is not in force)")
    ModelAnswer deactivate(@PathVariable String version, Authentication authentication) {
        return ModelAnswer.of(models.deactivate(version, Caller.of(authentication).name()));
    }

    @PostMapping("/api/scoring-models/{version}/backtest")
    @Operation(summary = "That rules version on history: every closed opportunity's account scored as of its createdAt; "
            + "AUC, per tier {accounts, won, lost, winRate, lift}, precision and recall of T1 and of T1+T2")
    RulesBacktest.Answer backtest(@PathVariable String version) {
        return backtest.run(version);
    }
}
