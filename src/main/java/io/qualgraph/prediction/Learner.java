package io.qualgraph.prediction;

import java.util.List;

import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits one algorithm on observations with fixed, documented hyperparameters (no search: the holdout stays an
 * honest estimate). Logistic regression: linear SGD, logistic loss, AdaGrad 0.1, {@value #EPOCHS} epochs.
 * Trees: XGBoost, {@value #ROUNDS} rounds of depth {@value #DEPTH}, learning rate {@value #ETA}, row and column
 * subsampling 0.8, histogram method.
 */
public final class Learner {

    static final int EPOCHS = 20;
    static final int ROUNDS = 300;
    static final int DEPTH = 5;
    static final double ETA = 0.05;

    private final int threads;

    public Learner(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** A model of {@code algorithm} trained on {@code train}, which must hold both outcomes. */
    public FittedModel fit(Algorithm algorithm, Observations train, long seed) {
        Encoder encoder = Encoder.fit(train, algorithm);
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("qualgraph observations",
                labels), labels);
        List<Encoded> rows = encoder.encode(train);
        for (int i = 0; i < rows.size(); i++) {
            dataset.add(FittedModel.example(rows.get(i), train.positive()[i] ? FittedModel.POSITIVE
                    : FittedModel.NEGATIVE));
        }
        return new FittedModel(algorithm, encoder, trainer(algorithm, seed).train(dataset));
    }

    private Trainer<Label> trainer(Algorithm algorithm, long seed) {
        return switch (algorithm) {
            case LOGISTIC_REGRESSION -> new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS,
                    Integer.MAX_VALUE, 1, seed);
            case GRADIENT_BOOSTED_TREES -> new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE,
                    XGBoostTrainer.TreeMethod.HIST, ROUNDS, ETA, 0, DEPTH, 1, 0.8, 0.8, 1, 0, threads,
                    XGBoostTrainer.LoggingVerbosity.SILENT, seed);
        };
    }
}
