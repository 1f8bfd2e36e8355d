package io.qualgraph.prediction;

/** One row as learner features: names, values and the column each feature came from. */
record Encoded(String[] names, double[] values, String[] columns) {
}
