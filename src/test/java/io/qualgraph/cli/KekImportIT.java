package io.qualgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.qualgraph.entity.EntityStructure;
import io.qualgraph.entity.Finding;
import io.qualgraph.entity.StructureService;
import io.qualgraph.ingest.sources.BundleWriter;
import io.qualgraph.ingest.sources.OwnershipBundle;
import io.qualgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The KEK German media-ownership graph loads, and every entity's structure answers (cycles and totals above 100%). */
@IntegrationTest
class KekImportIT {

    static final Path KEK = Path.of("../shared/data/external/kek-media-ownership");

    @Autowired
    BundleWriter writer;
    @Autowired
    StructureService structures;

    @Test
    void every_kek_entity_has_a_structure() throws Exception {
        assumeThat(Files.exists(KEK.resolve("kek_shares.csv"))).as("KEK data not present in ../shared/data/external").isTrue();
        OwnershipBundle bundle = ImportKekCommand.read(KEK);
        assertThat(bundle.entities()).hasSizeGreaterThan(3000);
        writer.write(bundle);
        writer.write(bundle);
        Set<List<String>> cycles = new HashSet<>();
        Set<String> over100 = new HashSet<>();
        Set<String> families = new HashSet<>();
        long slowest = 0;
        for (OwnershipBundle.Entity entity : bundle.entities()) {
            long start = System.nanoTime();
            EntityStructure s = structures.structure(entity.id(), Instant.now());
            slowest = Math.max(slowest, System.nanoTime() - start);
            cycles.addAll(s.cycles());
            families.add(s.ultimateParent());
            s.findings().stream().filter(f -> f.code() == Finding.Code.SHARES_ABOVE_100_PERCENT).forEach(f -> over100.add(f.entityId()));
            assertThat(s.family()).contains(entity.id());
        }
        System.out.printf("KEK: %d entities, %d stakes, %d families, %d cycles, %d entities above 100%%, slowest %.1f ms%n",
                bundle.entities().size(), bundle.ownership().size(), families.size(), cycles.size(), over100.size(), slowest / 1e6);
        assertThat(cycles).isNotEmpty();
        assertThat(over100).isNotEmpty();
    }
}
