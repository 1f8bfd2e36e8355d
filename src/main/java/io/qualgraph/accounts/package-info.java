/**
 * Account and contact scoring services: model versions kept in the graph, set-based signal loading, live
 * scores, the ranked list, score snapshots, re-score and benchmark commands. The arithmetic is in scoring
 * and qualification; this package only gathers signals and calls it.
 */
package io.qualgraph.accounts;
