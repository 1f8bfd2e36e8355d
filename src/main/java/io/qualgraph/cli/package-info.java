/**
 * The operational commands of the same jar ({@code java -jar qualgraph.jar NAME ARGS…}): imports of every format,
 * re-score, risk recompute. The tool commands (benchmarks, seed generator) live with their tool in {@code tools}.
 */
package io.qualgraph.cli;
