package io.qualgraph.tools.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same settings, same bytes; the committed seed-data is exactly what the generator writes; scale streams. */
class SeedDeterminismTests {

    @Test
    void same_seed_gives_byte_identical_files_and_another_seed_does_not(@TempDir Path dir) throws IOException {
        GeneratorSettings settings = GeneratorSettings.defaults();
        SeedFiles.write(settings, dir.resolve("a"));
        SeedFiles.write(settings, dir.resolve("b"));
        SeedFiles.write(settings.withSeed(7), dir.resolve("c"));
        assertThat(contents(dir.resolve("a"))).isEqualTo(contents(dir.resolve("b")));
        assertThat(Files.readString(dir.resolve("a/01-entities.json")))
                .isNotEqualTo(Files.readString(dir.resolve("c/01-entities.json")));
    }

    @Test
    void committed_seed_data_is_what_the_generator_writes(@TempDir Path dir) throws IOException {
        Path committed = Path.of("seed-data");
        Assumptions.assumeTrue(Files.exists(committed.resolve("manifest.json")), "seed-data/ not generated yet");
        SeedFiles.write(GeneratorSettings.defaults(), dir);
        assertThat(contents(dir)).isEqualTo(contents(committed));
    }

    @Test
    void a_larger_scale_grows_roughly_linearly_in_chunks_of_bounded_size() {
        GeneratorSettings settings = GeneratorSettings.defaults().withScale(2).withChunkRows(5_000);
        long[] rows = new long[1];
        int[] largest = new int[1];
        SeedSummary summary = new SeedGenerator().generate(settings, chunk -> {
            int size = chunk.values().stream().mapToInt(v -> ((List<?>) v).size()).sum();
            largest[0] = Math.max(largest[0], size);
            rows[0] += size;
        });
        Map<String, Long> demo = Generated.demo().sections.entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
        assertThat(largest[0]).isLessThanOrEqualTo(5_000);
        for (String section : List.of("entities", "contacts", "engagements", "opportunities")) {
            assertThat(summary.rows().get(section)).as(section)
                    .isBetween((long) (demo.get(section) * 1.5), (long) (demo.get(section) * 2.5));
        }
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.collect(java.util.stream.Collectors.toMap(p -> p.getFileName().toString(), p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }
}
