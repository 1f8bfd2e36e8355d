package io.qualgraph.support;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Applies the versioned schema in {@code cypher/schema} before anything reads or writes the graph. */
@Component
public class SchemaMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        MigrationsConfig config = MigrationsConfig.builder().withLocationsToScan("classpath:cypher/schema").build();
        new Migrations(config, driver).apply()
                .ifPresent(version -> log.info("Graph schema is at version {}", version.getValue()));
    }
}
