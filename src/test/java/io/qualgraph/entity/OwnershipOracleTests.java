package io.qualgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import io.qualgraph.tools.oracle.ReferenceOwnership;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The production arithmetic agrees with the array oracle on thousands of seeded random ownership graphs. */
class OwnershipOracleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Stream<Long> seeds() {
        return LongStream.range(0, 3000).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void production_arithmetic_matches_the_oracle(long seed) {
        RandomOwnership.Graph graph = RandomOwnership.generate(seed, "G" + seed + "-", TODAY);
        ReferenceOwnership oracle = new ReferenceOwnership(graph.entities(), graph.persons(), OracleComparison.rows(graph));
        List<String> mismatches = new ArrayList<>();
        for (LocalDate day : graph.days()) {
            for (String target : graph.entities()) {
                ReferenceOwnership.Answer expected = oracle.answer(target, day, OracleComparison.DEPTH, OracleComparison.THRESHOLD);
                OracleComparison.differences(expected, OracleComparison.pure(graph, target, day))
                        .forEach(d -> mismatches.add(target + " on " + day + ": " + d));
            }
        }
        assertThat(mismatches).as("graph %s: %s", seed, graph.edges()).isEmpty();
    }
}
