/** Pure qualification rules: risk gate, tier, outcome and route from a score. */
package io.qualgraph.qualification;
