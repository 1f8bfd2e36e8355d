package io.qualgraph.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.ingest.sources.bods.BodsReader;
import io.qualgraph.ingest.sources.gleif.GleifReader;
import io.qualgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * One write path, one identity for a stake: the same holding stated by a BODS package and by a GLEIF relationship
 * record (both naming the entities by LEI, both starting on the same day) is one OWNS relationship, whichever comes
 * first, and the later statement's share is the one kept.
 */
@IntegrationTest
class OneStakeTwoFormatsIT {

    private static final String PARENT = "TWOFMT00000000000PAR";
    private static final String CHILD = "TWOFMT00000000000CHL";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BundleIngest ingest;
    @Autowired
    Driver driver;

    @Test
    void a_stake_imported_from_bods_and_from_gleif_is_one_relationship() {
        BodsReader.Result bods = BodsReader.read(JSON.readTree("""
                [{"statementId": "twofmt-e1", "recordId": "twofmt-parent", "recordType": "entity",
                  "recordDetails": {"name": "Twofold Holding AG", "jurisdiction": {"code": "DE"},
                                    "identifiers": [{"scheme": "XI-LEI", "id": "%s"}]}},
                 {"statementId": "twofmt-e2", "recordId": "twofmt-child", "recordType": "entity",
                  "recordDetails": {"name": "Twofold Operations GmbH", "jurisdiction": {"code": "DE"},
                                    "identifiers": [{"scheme": "XI-LEI", "id": "%s"}]}},
                 {"statementId": "twofmt-r1", "recordId": "twofmt-rel", "recordType": "relationship",
                  "recordDetails": {"subject": "twofmt-child", "interestedParty": "twofmt-parent",
                                    "interests": [{"type": "shareholding", "directOrIndirect": "direct",
                                                   "share": {"exact": 80}, "startDate": "2021-03-01"}]}}]
                """.formatted(PARENT, CHILD)));
        GleifReader.Result gleif = GleifReader.read(List.of(JSON.readTree("""
                [{"Relationship": {"StartNode": {"NodeID": "%s"}, "EndNode": {"NodeID": "%s"},
                   "RelationshipType": "IS_DIRECTLY_CONSOLIDATED_BY", "RelationshipStatus": "ACTIVE",
                   "RelationshipPeriods": [{"PeriodType": "RELATIONSHIP_PERIOD", "StartDate": "2021-03-01T00:00:00Z"}],
                   "RelationshipQuantifiers": [{"MeasurementMethod": "ACCOUNTING_CONSOLIDATION", "QuantifierAmount": "75"}]}}]
                """.formatted(CHILD, PARENT))));
        assertThat(bods.bundle().ownership()).hasSize(1);
        assertThat(gleif.bundle().ownership()).hasSize(1);

        ingest.ingest(bods.bundle());
        assertThat(stakes()).singleElement().satisfies(r -> assertThat(r.get("share").asDouble()).isEqualTo(0.8));
        ingest.ingest(gleif.bundle());
        assertThat(stakes()).singleElement().satisfies(r -> {
            assertThat(r.get("share").asDouble()).isEqualTo(0.75);
            assertThat(r.get("source").asString()).startsWith("gleif-rr:");
        });
        ingest.ingest(bods.bundle());
        assertThat(stakes()).singleElement().satisfies(r -> assertThat(r.get("share").asDouble()).isEqualTo(0.8));
        assertThat(driver.executableQuery("MATCH (e:LegalEntity {id: $id}) RETURN e.name AS name")
                .withParameters(Map.of("id", CHILD)).execute().records().get(0).get("name").asString())
                .as("GLEIF's id-only row leaves the name BODS gave").isEqualTo("Twofold Operations GmbH");
    }

    /** Each public BODS package converts into rows that bundle validation accepts, so the import writes it whole. */
    @ParameterizedTest
    @MethodSource("io.qualgraph.ingest.sources.bods.BodsReaderTests#packages")
    void every_public_bods_package_converts_into_a_valid_bundle(Path file) {
        assumeThat(Files.exists(file)).as("BODS examples not present in ../shared/data/external").isTrue();
        assertThat(ingest.validate(BodsReader.read(JSON.readTree(file.toFile())).bundle())).isEmpty();
    }

    private List<Record> stakes() {
        return driver.executableQuery("MATCH (:LegalEntity {id: $parent})-[r:OWNS]->(:LegalEntity {id: $child}) "
                + "RETURN r.share AS share, r.source AS source")
                .withParameters(Map.of("parent", PARENT, "child", CHILD)).execute().records();
    }
}
