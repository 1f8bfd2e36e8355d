package io.qualgraph.support;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans every statement the service uses ({@link CypherRegistry#served()}: benchmark statements are left to the
 * benchmarks) once after start ({@code EXPLAIN}, on a background thread), so that the first real
 * call of each, such as the write-time risk update after the first listing since a restart, does not also pay for
 * planning it (hundreds of milliseconds per statement on a cold server). Off for command-line runs and with
 * {@code qualgraph.neo4j.warm-up-plans=false}.
 */
@Component
class PlanWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PlanWarmUp.class);

    private final Driver driver;
    private final CypherRegistry cypher;
    private final boolean enabled;

    PlanWarmUp(Driver driver, CypherRegistry cypher, SchemaMigrations schema,
            @Value("${qualgraph.neo4j.warm-up-plans:true}") boolean enabled, @Value("${qualgraph.cli:false}") boolean command) {
        this.driver = driver;
        this.cypher = cypher;
        this.enabled = enabled && !command;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (enabled) {
            Thread thread = new Thread(this::planAll, "qualgraph-plan-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void planAll() {
        long started = System.nanoTime();
        int planned = 0;
        Map<String, String> served = cypher.served();
        for (String statement : served.values()) {
            try (Session session = driver.session()) {
                session.run("EXPLAIN " + statement).consume();
                planned++;
            } catch (Neo4jException | IllegalStateException e) {
                log.debug("Could not plan a statement ahead: {}", e.getMessage());
            }
        }
        log.info("Planned {} of {} Cypher statements ahead in {} ms", planned, served.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
