/**
 * Learning from outcomes (DESIGN §6): observations read point in time, a leakage check, Tribuo logistic
 * regression and gradient-boosted trees, honest validation against the rules model, and explained predictions.
 */
package io.qualgraph.prediction;
