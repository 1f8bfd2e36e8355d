/**
 * Tooling that serves no request: benchmarks, the in-memory reference oracle, the seed generator. Tools may use the
 * features; no feature uses a tool (checked by ArchitectureTests).
 */
package io.qualgraph.tools;
