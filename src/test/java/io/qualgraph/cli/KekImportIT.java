package io.qualgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.qualgraph.entity.EntityStructure;
import io.qualgraph.entity.Finding;
import io.qualgraph.entity.StructureService;
import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The KEK German media-ownership graph loads, and every entity's structure answers (cycles and totals above 100%). */
@IntegrationTest
class KekImportIT {

    static final Path KEK = Path.of("../shared/data/external/kek-media-ownership");

    @Autowired
    BundleIngest ingest;
    @Autowired
    StructureService structures;

    @Test
    void every_kek_entity_has_a_structure() throws Exception {
        assumeThat(Files.exists(KEK.resolve("kek_shares.csv"))).as("KEK data not present in ../shared/data/external").isTrue();
        Bundle bundle = ImportKekCommand.read(KEK);
        assertThat(bundle.entities()).hasSizeGreaterThan(3000);
        ingest.ingest(bundle);
        ingest.ingest(bundle);
        Set<List<String>> cycles = ConcurrentHashMap.newKeySet();
        Set<String> over100 = ConcurrentHashMap.newKeySet();
        Set<String> families = ConcurrentHashMap.newKeySet();
        AtomicLong slowest = new AtomicLong();
        Instant now = Instant.now();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (Bundle.Entity entity : bundle.entities()) {
                reads.add(readers.submit(() -> {
                    long start = System.nanoTime();
                    EntityStructure s = structures.structure(entity.id(), now);
                    slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
                    cycles.addAll(s.cycles());
                    families.add(s.ultimateParent());
                    s.findings().stream().filter(f -> f.code() == Finding.Code.SHARES_ABOVE_100_PERCENT)
                            .forEach(f -> over100.add(f.entityId()));
                    assertThat(s.family()).contains(entity.id());
                }));
            }
            for (Future<?> read : reads) {
                read.get();
            }
        } finally {
            readers.shutdownNow();
        }
        System.out.printf("KEK: %d entities, %d stakes, %d families, %d cycles, %d entities above 100%%, slowest %.1f ms%n",
                bundle.entities().size(), bundle.ownership().size(), families.size(), cycles.size(), over100.size(), slowest.get() / 1e6);
        assertThat(cycles).isNotEmpty();
        assertThat(over100).isNotEmpty();
    }
}
