/** Re-score runs: every account scored in the background, stored as snapshots, and their history. */
package io.qualgraph.rescore;
