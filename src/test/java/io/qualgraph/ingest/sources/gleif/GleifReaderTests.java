package io.qualgraph.ingest.sources.gleif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.qualgraph.entity.OwnershipArithmetic;
import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.sources.SourceStakes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GLEIF samples: the ultimate parent computed from direct consolidation links is the one GLEIF declares, for every
 * declaration whose chain of direct parents lies within the sample (in rr-data.json the direct parent's own parent is
 * not in the sample, so that declaration cannot be checked).
 */
class GleifReaderTests {

    static final Path FIXTURES = Path.of("../shared/data/external/gleif-bodspipelines-fixtures");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource({"lei-data.json rr-data.json, 0", "lei-updates-data2.json rr-updates-data2.json, 3",
            "lei-updates-data2-new.json rr-updates-data2-new.json, 2", "lei-data.json rr-updates-data.json, 0"})
    void computed_ultimate_parent_is_the_declared_one(String files, int complete) {
        assumeThat(Files.isDirectory(FIXTURES)).as("GLEIF fixtures not present in ../shared/data/external").isTrue();
        List<JsonNode> documents = new ArrayList<>();
        for (String file : files.split(" ")) {
            documents.add(JSON.readTree(FIXTURES.resolve(file).toFile()));
        }
        GleifReader.Result result = GleifReader.read(documents);
        Set<String> known = result.bundle().entities().stream().filter(e -> e.name() != null)
                .map(Bundle.Entity::id).collect(Collectors.toSet());
        Map<String, String> computed = OwnershipArithmetic.ultimateParents(
                result.bundle().entities().stream().map(Bundle.Entity::id).toList(), SourceStakes.of(result.bundle()), LocalDate.now());
        int matched = 0;
        for (GleifReader.DeclaredUltimate declared : result.ultimates()) {
            String top = computed.getOrDefault(declared.child(), declared.child());
            if (!top.equals(declared.parent()) && !known.contains(top)) {
                continue;
            }
            assertThat(top).as("ultimate parent of %s", declared.child()).isEqualTo(declared.parent());
            matched++;
        }
        assertThat(matched).as("declared ultimate parents whose chain of direct parents lies within the sample").isEqualTo(complete);
        assertThat(result.skipped()).allMatch(s -> s.startsWith("IS_FUND-MANAGED_BY") || s.startsWith("IS_SUBFUND_OF") || s.startsWith("inactive"));
        assertThat(result.bundle().ownership()).allMatch(o -> o.source().startsWith("gleif-rr:"));
    }
}
