package io.qualgraph.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleBuilder;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import io.qualgraph.support.WriteActivity;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Leads a bundle write left undecided are decided in the background once no write has been in progress for
 * {@code qualgraph.leads.decide-after-quiet}, without an inbox read, and not while a write (an import's next chunk) is
 * in progress.
 */
@IntegrationTest
@TestPropertySource(properties = "qualgraph.leads.decide-after-quiet=1s")
class BackgroundLeadDecisionsIT {

    private static final int LEADS = 30;

    @LocalServerPort
    int port;

    @Autowired
    BundleIngest ingest;

    @Autowired
    WriteActivity writes;

    @Autowired
    LeadSettings settings;

    @Autowired
    Driver driver;

    @Test
    void leads_are_decided_once_writing_pauses_and_not_before() throws InterruptedException {
        assertThat(settings.decideAfterQuiet()).isEqualTo(Duration.ofSeconds(1));
        BundleBuilder bundle = Bundle.builder().add(new Bundle.Entity("BLD-E", "Backlund Decisions AB", null, "SE",
                "software", 800L, null, "backlund.example", false));
        for (int i = 0; i < LEADS; i++) {
            bundle.add(new Bundle.Lead("BLD-L" + i, null, "person" + i + "@backlund.example", "Person " + i,
                    i % 2 == 0 ? "CFO" : "Engineer", null, null, null, null, null, "SE", null, "WEBINAR", null, null,
                    null, null));
        }
        writes.began(); // as while an import writes its next chunk
        try {
            ingest.ingest(bundle.build());
            Thread.sleep(3_000);
            assertThat(undecided()).as("nothing is decided while a write is in progress").isEqualTo(LEADS);
        } finally {
            writes.ended();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (undecided() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(undecided()).as("decided in the background once writing paused").isZero();

        Api api = new Api(port);
        for (Record stored : stored()) {
            var read = api.get("/api/leads/" + stored.get("id").asString() + "/qualification", TestKeys.SALES).json();
            assertThat(stored.get("outcome").asString()).as(stored.get("id").asString())
                    .isEqualTo(read.get("outcome").asString());
            assertThat(stored.get("account").asString()).isEqualTo("BLD-E");
        }
    }

    private long undecided() {
        return driver.executableQuery("MATCH (l:Lead) WHERE l.id STARTS WITH 'BLD-' AND l.qgStale = true "
                + "RETURN count(l) AS n").execute().records().get(0).get("n").asLong();
    }

    private List<Record> stored() {
        return driver.executableQuery("MATCH (l:Lead) WHERE l.id STARTS WITH 'BLD-' "
                + "RETURN l.id AS id, l.qgOutcome AS outcome, l.qgAccount AS account").withParameters(Map.of())
                .execute().records();
    }
}
