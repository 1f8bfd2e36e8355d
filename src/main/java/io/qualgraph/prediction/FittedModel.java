package io.qualgraph.prediction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.protos.core.ModelProto;

/**
 * A trained Tribuo model with the encoder fitted alongside it: predicts the probability of the positive outcome
 * and explains each prediction exactly in log-odds (logistic regression by weight × value, trees by TreeSHAP).
 */
public final class FittedModel {

    static final Label POSITIVE = new Label("1");
    static final Label NEGATIVE = new Label("0");

    private final Algorithm algorithm;
    private final Encoder encoder;
    private final Model<Label> model;

    FittedModel(Algorithm algorithm, Encoder encoder, Model<Label> model) {
        this.algorithm = algorithm;
        this.encoder = encoder;
        this.model = model;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /** The columns the model reads, in order. */
    public List<String> columns() {
        return encoder.columns();
    }

    /** The probability of the positive outcome for every row. */
    public double[] probabilities(Observations observations) {
        List<Example<Label>> examples = new ArrayList<>();
        for (Encoded row : encoder.encode(observations)) {
            examples.add(example(row, LabelFactory.UNKNOWN_LABEL));
        }
        List<Prediction<Label>> predictions = model.predict(examples);
        double[] probabilities = new double[predictions.size()];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = predictions.get(i).getOutputScores().get(POSITIVE.getLabel()).getScore();
        }
        return probabilities;
    }

    /** The prediction for row {@code row} with every column's contribution to its log-odds. */
    public Explanation explain(Observations observations, int row) {
        Observations one = observations.rows(new int[] {row});
        Encoded encoded = encoder.encode(one).get(0);
        Map<String, Double> byColumn = new LinkedHashMap<>();
        encoder.columns().forEach(column -> byColumn.put(column, 0.0));
        double intercept = algorithm == Algorithm.LOGISTIC_REGRESSION ? linear(encoded, byColumn)
                : trees(encoded, byColumn);
        Map<String, Column> columns = new LinkedHashMap<>();
        one.columns().forEach(c -> columns.put(c.name(), c));
        List<Factor> factors = new ArrayList<>();
        byColumn.forEach((column, contribution) -> factors.add(new Factor(column, columns.get(column).display(0),
                contribution)));
        factors.sort(Comparator.comparingDouble((Factor f) -> Math.abs(f.contribution())).reversed());
        double logOdds = intercept + factors.stream().mapToDouble(Factor::contribution).sum();
        return new Explanation(Explanation.sigmoid(logOdds), intercept, List.copyOf(factors));
    }

    /** Logistic regression: (w₁ − w₀) · x per present feature; the intercept is the bias difference. */
    private double linear(Encoded encoded, Map<String, Double> byColumn) {
        DenseMatrix weights = ((LinearSGDModel) model).getWeightsCopy();
        int positive = model.getOutputIDInfo().getID(POSITIVE);
        int negative = model.getOutputIDInfo().getID(NEGATIVE);
        ImmutableFeatureMap features = model.getFeatureIDMap();
        int bias = features.size();
        for (int f = 0; f < encoded.names().length; f++) {
            int id = features.getID(encoded.names()[f]);
            if (id >= 0) {
                byColumn.merge(encoded.columns()[f],
                        (weights.get(positive, id) - weights.get(negative, id)) * encoded.values()[f], Double::sum);
            }
        }
        return weights.get(positive, bias) - weights.get(negative, bias);
    }

    /**
     * Trees: XGBoost's TreeSHAP contributions per class margin, for present and absent features alike; with two
     * classes the probability is the sigmoid of the margin difference, so each feature's share is its
     * positive-class contribution minus its negative-class one, summed over the features of its column.
     */
    private double trees(Encoded encoded, Map<String, Double> byColumn) {
        ImmutableFeatureMap features = model.getFeatureIDMap();
        TreeMap<Integer, Float> present = new TreeMap<>();
        for (int f = 0; f < encoded.names().length; f++) {
            int id = features.getID(encoded.names()[f]);
            if (id >= 0) {
                present.put(id, (float) encoded.values()[f]);
            }
        }
        int[] indices = present.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] values = new float[indices.length];
        for (int i = 0; i < indices.length; i++) {
            values[i] = present.get(indices[i]);
        }
        Booster booster = ((XGBoostModel<Label>) model).getInnerModels().get(0);
        try {
            DMatrix matrix = new DMatrix(new long[] {0, indices.length}, indices, values, DMatrix.SparseType.CSR,
                    features.size());
            try {
                float[] row = booster.predictContrib(matrix, 0)[0];
                int width = features.size() + 1;
                int positive = model.getOutputIDInfo().getID(POSITIVE);
                int negative = model.getOutputIDInfo().getID(NEGATIVE);
                for (int id = 0; id < features.size(); id++) {
                    byColumn.merge(encoder.columnOf(features.get(id).getName()),
                            margin(row, width, positive, negative, id), Double::sum);
                }
                return margin(row, width, positive, negative, features.size());
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not explain a prediction: " + e.getMessage(), e);
        }
    }

    /** A feature's (or, at {@code index == width − 1}, the bias's) share of the positive-minus-negative margin. */
    private static double margin(float[] row, int width, int positive, int negative, int index) {
        if (row.length == width) {
            return positive == 1 ? row[index] : -row[index];
        }
        return (double) row[positive * width + index] - row[negative * width + index];
    }

    static Example<Label> example(Encoded row, Label label) {
        return new ArrayExample<>(label, row.names(), row.values());
    }

    /** The model as bytes: algorithm, encoder, then Tribuo's protobuf form of the model. */
    public byte[] bytes() {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeUTF(algorithm.name());
            encoder.write(out);
            byte[] proto = model.serialize().toByteArray();
            out.writeInt(proto.length);
            out.write(proto);
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model {@link #bytes()} wrote. */
    @SuppressWarnings("unchecked")
    public static FittedModel read(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            Algorithm algorithm = Algorithm.valueOf(in.readUTF());
            Encoder encoder = Encoder.read(in);
            byte[] proto = new byte[in.readInt()];
            in.readFully(proto);
            return new FittedModel(algorithm, encoder, (Model<Label>) Model.deserialize(ModelProto.parseFrom(proto)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
