/** A deterministic generator of realistic seed and benchmark data in the bundle format (DESIGN §4). */
package io.qualgraph.tools.seed;
