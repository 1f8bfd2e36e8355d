/** Versions of the scoring model kept in the graph: upload, activation, the version in force at an instant. */
package io.qualgraph.scoringmodels;
