package io.qualgraph.ingest.sources.bods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.qualgraph.entity.OwnershipArithmetic;
import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.sources.SourceStakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** The public BODS example packages: every one reads, and declared indirect shares follow from the direct statements. */
public class BodsReaderTests {

    static final Path EXAMPLES = Path.of("../shared/data/external/bods-examples");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Stream<Path> packages() throws IOException {
        if (!Files.isDirectory(EXAMPLES)) {
            return Stream.of(Path.of("missing"));
        }
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("v0.4", "v0.3", "validation-tests-v0.4/valid-statements")) {
            try (Stream<Path> walk = Files.walk(EXAMPLES.resolve(dir))) {
                walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    static BodsReader.Result read(Path file) {
        return BodsReader.read(JSON.readTree(file.toFile()));
    }

    @ParameterizedTest
    @MethodSource("packages")
    void every_example_package_reads(Path file) {
        assumeThat(Files.exists(file)).as("BODS examples not present in ../shared/data/external").isTrue();
        BodsReader.Result result = read(file);
        result.bundle().ownership().forEach(o -> assertThat(o.share() == null || (o.share() >= 0 && o.share() <= 1)).isTrue());
    }

    @Test
    void declared_indirect_shares_lie_within_the_bounds_computed_from_direct_statements() throws IOException {
        assumeThat(Files.isDirectory(EXAMPLES)).as("BODS examples not present in ../shared/data/external").isTrue();
        int checked = 0;
        for (Path file : packages().toList()) {
            BodsReader.Result result = read(file);
            for (BodsReader.Declared declared : result.declared()) {
                LocalDate day = declared.since() == null ? LocalDate.now() : LocalDate.parse(declared.since());
                Map<String, OwnershipArithmetic.Bounds> shares = OwnershipArithmetic.effectiveShares(declared.subject(),
                        SourceStakes.of(result.bundle()), day, 10);
                OwnershipArithmetic.Bounds bounds = shares.get(declared.party());
                assertThat(bounds).as("%s: %s", file, declared).isNotNull();
                assertThat(declared.share()).as("%s: %s within %s", file, declared, bounds)
                        .isBetween(bounds.min() - 1e-9, bounds.max() + 1e-9);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }

    @Test
    void finnish_state_enterprise_share_of_the_ministry_comes_out_exactly() {
        Path file = EXAMPLES.resolve("v0.4/bods-package-fi-soe.json");
        assumeThat(Files.exists(file)).as("BODS examples not present").isTrue();
        BodsReader.Result result = read(file);
        var shares = OwnershipArithmetic.effectiveShares("19f1c5afe9d7", SourceStakes.of(result.bundle()), LocalDate.of(2024, 1, 1), 10);
        assertThat(shares.get("7ff95ba3682c").min()).isEqualTo(shares.get("7ff95ba3682c").max()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.declared()).singleElement().satisfies(d -> assertThat(d.share()).isEqualTo(1.0));
        assertThat(shares.get("05ce06ec97b1").max()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void band_with_exclusive_minimum_of_half_controls() {
        Path file = EXAMPLES.resolve("v0.4/bods-package-entity-owning-entity.json");
        assumeThat(Files.exists(file)).as("BODS examples not present").isTrue();
        Bundle.Ownership stake = read(file).bundle().ownership().get(0);
        assertThat(stake.shareMin()).isEqualTo(0.75);
        assertThat(stake.shareMax()).isLessThan(1.0).isGreaterThan(0.99);
    }

    @Test
    void later_statement_of_a_record_ends_the_earlier_share() {
        Path file = EXAMPLES.resolve("v0.4/tecido.json");
        assumeThat(Files.exists(file)).as("BODS examples not present").isTrue();
        var stakes = SourceStakes.of(read(file).bundle());
        var in2010 = OwnershipArithmetic.effectiveShares("01B68D7633", stakes, LocalDate.of(2010, 1, 1), 10);
        var in2022 = OwnershipArithmetic.effectiveShares("01B68D7633", stakes, LocalDate.of(2022, 1, 1), 10);
        assertThat(in2010.get("018AF6B3EB").min()).isEqualTo(1.0);
        assertThat(in2022.get("018AF6B3EB").min()).isEqualTo(0.4);
        assertThat(in2022.get("033E84672B").min()).isEqualTo(0.6);
    }
}
