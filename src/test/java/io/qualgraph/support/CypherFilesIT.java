package io.qualgraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/** Every Cypher file must be a statement the server accepts: a typo fails the build like a compile error. */
class CypherFilesIT {

    private static final CypherRegistry REGISTRY = new CypherRegistry();

    static Stream<String> names() {
        return REGISTRY.all().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void explains(String name) {
        try (Driver driver = GraphDatabase.driver(TestNeo4j.uri(), AuthTokens.none());
                Session session = driver.session()) {
            session.run("EXPLAIN " + REGISTRY.get(name), Map.of()).consume();
        }
    }

    @Test
    void every_file_has_a_header_comment() {
        REGISTRY.all().forEach((name, text) -> assertThat(text).as(name).startsWith("//"));
    }
}
