/** The predictive model trained on won and lost opportunities. */
package io.qualgraph.model;
