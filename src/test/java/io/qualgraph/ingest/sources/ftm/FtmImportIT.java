package io.qualgraph.ingest.sources.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualgraph.risk.RiskLevel;
import io.qualgraph.risk.RiskService;
import io.qualgraph.support.Api;
import io.qualgraph.support.Graph;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class FtmImportIT {

    static final String P = "RISK-FTM-";
    static final String ZAKHAROV = P + "NK-aU5ybkbRFJucf8YMwsJvDw";
    static final String CST = P + "NK-abdzbEBkqyT29GyREbiURZ";
    static final String SPS = P + "NK-9Xa4Kg7Y7nfccE7VcZt6Q6";

    @LocalServerPort
    int port;
    @Autowired
    FtmImport ftm;
    @Autowired
    Graph graph;
    @Autowired
    RiskService risk;

    @Test
    void zala_cluster_imports_and_verdicts_respect_ownership_dates() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(FtmConverterTests.ZALA), "OpenSanctions test data absent: " + FtmConverterTests.ZALA);
        graph.write(tx -> tx.run("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", java.util.Map.of("p", P)).consume());
        FtmImport.Outcome outcome = ftm.importFile(FtmConverterTests.ZALA, P);
        assertThat(outcome.summary().rows()).isGreaterThan(50);
        assertThat(ftm.importFile(FtmConverterTests.ZALA, P).summary().created()).isZero();
        Api api = new Api(port);
        assertThat(api.get("/api/entities/" + CST + "/risk", TestKeys.SALES).json().get("level").asString()).isEqualTo("BLOCKED");
        var sps = api.get("/api/entities/" + SPS + "/risk", TestKeys.COMPLIANCE).json();
        assertThat(sps.get("level").asString()).isNotEqualTo("BLOCKED");
        var past = api.get("/api/entities/" + SPS + "/risk?asOf=2021-06-01", TestKeys.COMPLIANCE).json();
        assertThat(past.get("level").asString()).isEqualTo("BLOCKED");
        assertThat(past.at("/evidence/0/detail").asString()).contains("75%");
        long stakes = graph.read(tx -> tx.run("MATCH (:Person {id: $z})-[r:OWNS]->(:LegalEntity {id: $c}) RETURN count(r) AS n",
                java.util.Map.of("z", ZAKHAROV, "c", CST)).single().get("n").asLong());
        assertThat(stakes).isEqualTo(1);
        assertThat(risk.levelsOf(List.of(SPS, CST, P + "NOPE"), Instant.now()))
                .containsEntry(CST, RiskLevel.BLOCKED).containsEntry(P + "NOPE", RiskLevel.NONE);
    }
}
