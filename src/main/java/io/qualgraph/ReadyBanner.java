package io.qualgraph;

import io.qualgraph.api.ApiKeys;
import io.qualgraph.support.EmbeddedDatabase;
import io.qualgraph.support.Neo4jSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the service where to find it once it is ready. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private final EmbeddedDatabase embedded;
    private final Neo4jSettings settings;
    private final ApiKeys keys;

    ReadyBanner(EmbeddedDatabase embedded, Neo4jSettings settings, ApiKeys keys) {
        this.embedded = embedded;
        this.settings = settings;
        this.keys = keys;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        String bolt = embedded.boltUri() != null ? embedded.boltUri() + "  (embedded; no auth: connect with Neo4j Browser or cypher-shell)"
                : settings.uri() + "  (external)";
        String keyInfo = keys.storedIn().map(p -> "in " + p.toAbsolutePath().normalize() + " (owner-only)")
                .orElse("from QUALGRAPH_API_KEYS");
        log.info("""

                Qualgraph is ready
                  Web page and API : http://localhost:{}/   (OpenAPI: /swagger-ui.html)
                  Neo4j Bolt URI   : {}
                  API keys         : {}
                """, port, bolt, keyInfo);
    }
}
