package io.qualgraph.support;

import java.net.URI;

import org.neo4j.driver.AuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Points Boot's own Neo4j auto-configuration (driver, Neo4jClient, repositories) at either the
 * configured external server or an embedded database started here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Neo4jSettings.class)
class Neo4jConnectionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(Neo4jConnectionConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(Neo4jSettings settings) {
        if (!settings.embedded()) {
            return new EmbeddedDatabase(null);
        }
        log.info("NEO4J_URI is not set: starting the embedded Neo4j with its store in {}",
                settings.dataDir().toAbsolutePath().normalize());
        return new EmbeddedDatabase(EmbeddedNeo4j.start(settings.dataDir().resolve("neo4j"),
                settings.boltPort(), settings.pageCacheMib()));
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(Neo4jSettings settings, EmbeddedDatabase embedded) {
        if (embedded.neo4j() != null) {
            URI uri = URI.create(embedded.neo4j().boltUri());
            return new Neo4jConnectionDetails() {
                @Override
                public URI getUri() {
                    return uri;
                }

                @Override
                public org.neo4j.driver.AuthToken getAuthToken() {
                    return AuthTokens.none();
                }
            };
        }
        URI uri = URI.create(settings.uri());
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public org.neo4j.driver.AuthToken getAuthToken() {
                return settings.password().isEmpty() ? AuthTokens.none()
                        : AuthTokens.basic(settings.username(), settings.password());
            }
        };
    }
}
