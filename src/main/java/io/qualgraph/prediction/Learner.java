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
 * Fits one algorithm on observations with fixed, documented hyperparameters (no search per run: the holdout stays an
 * honest estimate). Logistic regression: linear SGD, logistic loss, AdaGrad 0.1, {@value #EPOCHS} epochs.
 * Trees: XGBoost with row and column subsampling 0.8, histogram method; {@value #ROUNDS} rounds of depth
 * {@value #DEPTH} at learning rate {@value #ETA}, or, under {@value #SMALL_DATA_ROWS} training rows (a few hundred
 * closed deals), 150 shallower rounds (depth 3, rate 0.03, leaves of weight at least 5) that cannot memorise them.
 */
public final class Learner {

    static final int EPOCHS = 20;
    static final int ROUNDS = 300;
    static final int DEPTH = 5;
    static final double ETA = 0.05;
    static final int SMALL_DATA_ROWS = 5_000;

    /** The tree settings: boosting rounds, depth, learning rate and the least hessian weight of a leaf. */
    record Trees(int rounds, int depth, double eta, double minChildWeight) {
        static final Trees DEFAULT = new Trees(ROUNDS, DEPTH, ETA, 1);
        static final Trees SMALL_DATA = new Trees(150, 3, 0.03, 5);

        static Trees forRows(int rows) {
            return rows < SMALL_DATA_ROWS ? SMALL_DATA : DEFAULT;
        }
    }

    private final int threads;
    private final Trees trees;

    /** A learner choosing the tree settings by the number of training rows. */
    public Learner(int threads) {
        this(threads, null);
    }

    /** A learner with fixed tree settings ({@code null}: by the number of rows). */
    Learner(int threads, Trees trees) {
        this.threads = Math.max(1, threads);
        this.trees = trees;
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
        Trees settings = trees == null ? Trees.forRows(train.size()) : trees;
        return new FittedModel(algorithm, encoder, trainer(algorithm, settings, seed).train(dataset));
    }

    private Trainer<Label> trainer(Algorithm algorithm, Trees trees, long seed) {
        return switch (algorithm) {
            case LOGISTIC_REGRESSION -> new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS,
                    Integer.MAX_VALUE, 1, seed);
            case GRADIENT_BOOSTED_TREES -> new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE,
                    XGBoostTrainer.TreeMethod.HIST, trees.rounds(), trees.eta(), 0, trees.depth(), trees.minChildWeight(),
                    0.8, 0.8, 1, 0, threads,
                    XGBoostTrainer.LoggingVerbosity.SILENT, seed);
        };
    }
}
