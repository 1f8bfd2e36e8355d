package io.qualgraph.ingest.sources.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualgraph.ingest.Bundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class FtmConverterTests {

    static final Path ZALA = Path.of("../shared/data/external/opensanctions-ftm-yente/zala_entities.ftm.jsonl");

    @Test
    void converts_entities_persons_ownership_and_sanctions_with_dates() {
        List<String> lines = List.of(
                "{\"id\":\"c1\",\"schema\":\"Company\",\"caption\":\"Co\",\"properties\":{\"jurisdiction\":[\"ru\"]}}",
                "{\"id\":\"p1\",\"schema\":\"Person\",\"caption\":\"Pat\",\"properties\":{\"nationality\":[\"suhh\",\"gb\"],\"topics\":[\"role.pep\"]}}",
                "{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],\"asset\":[\"c1\"],\"percentage\":[\"75\"],\"startDate\":[\"2020-01-10\"],\"endDate\":[\"2022-11-22\"]}}",
                "{\"id\":\"o2\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],\"asset\":[\"c1\"],\"percentage\":[\"70\"],\"startDate\":[\"2020-01-10\"]}}",
                "{\"id\":\"s1\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"p1\"],\"authority\":[\"OFAC\"],\"listingDate\":[\"2023-02\"],\"startDate\":[\"2023-05-01\"]},\"datasets\":[\"us_ofac_sdn\"]}",
                "{\"id\":\"s2\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"zz\"]},\"datasets\":[\"x\"]}",
                "not json", "");
        FtmConverter.Result r = FtmConverter.convert(lines);
        Bundle b = r.bundle();
        assertThat(b.entities()).singleElement().satisfies(e -> assertThat(e.jurisdiction()).isEqualTo("RU"));
        assertThat(b.persons()).singleElement().satisfies(p -> {
            assertThat(p.nationality()).isEqualTo("GB");
            assertThat(p.pep()).isTrue();
        });
        assertThat(b.ownership()).singleElement().satisfies(o -> {
            assertThat(o.share()).isEqualTo(0.7);
            assertThat(o.until()).isNull();
        });
        assertThat(b.riskFlags()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("SANCTIONED");
            assertThat(f.listedAt()).isEqualTo("2023-02-01");
            assertThat(f.source()).contains("OFAC", "us_ofac_sdn");
        });
        assertThat(r.skipped()).hasSize(2);
    }

    @Test
    void ftm_end_date_is_inclusive_so_until_is_the_next_day() {
        assertThat(FtmValues.date("2022-11-22", true)).contains(java.time.LocalDate.parse("2022-11-23"));
        assertThat(FtmValues.date("2005", true)).contains(java.time.LocalDate.parse("2006-01-01"));
        assertThat(FtmValues.date("garbage", false)).isEmpty();
    }

    @Test
    void zala_cluster_converts_with_one_stake_per_owner_asset_and_start() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(ZALA), "OpenSanctions test data absent: " + ZALA.toAbsolutePath());
        Bundle b = FtmConverter.convert(Files.readAllLines(ZALA)).bundle();
        assertThat(b.entities()).hasSizeGreaterThanOrEqualTo(11);
        assertThat(b.riskFlags()).hasSizeGreaterThan(30);
        assertThat(b.ownership().stream().filter(o -> o.owned().equals("NK-abdzbEBkqyT29GyREbiURZ")
                && o.owner().equals("NK-aU5ybkbRFJucf8YMwsJvDw"))).singleElement()
                .satisfies(o -> assertThat(o.share()).isEqualTo(0.51));
    }
}
