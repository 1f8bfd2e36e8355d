package io.qualgraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherRegistryTests {

    private final CypherRegistry registry = new CypherRegistry();

    @Test
    void the_statements_planned_at_start_leave_out_the_benchmarks_but_keep_every_service_statement() {
        assertThat(registry.all().keySet()).anyMatch(name -> name.startsWith("tools/bench/"));
        assertThat(registry.served().keySet()).noneMatch(name -> name.startsWith("tools/"))
                .contains("queries/entity/all-entity-ids")
                .hasSize((int) registry.all().keySet().stream().filter(n -> !n.startsWith("tools/")).count());
    }
}
