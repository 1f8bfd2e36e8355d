package io.qualgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.qualgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ImportCommandIT {

    @Autowired
    ImportCommand command;

    @Autowired
    Driver driver;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    int run(String... args) throws Exception {
        return command.run(List.of(args), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    long count(String prefix) {
        return driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS n")
                .withParameters(java.util.Map.of("p", prefix)).execute().records().get(0).get("n").asLong();
    }

    @Test
    void imports_a_json_bundle_with_progress_and_summary() throws Exception {
        Path file = dir.resolve("bundle.json");
        Files.writeString(file, Files.readString(Path.of("src/test/resources/ingest/full-bundle.json"))
                .replace("ING-FULL-", "ING-CLI-").replace("@acme", "@cli-acme"));
        assertThat(run(file.toString())).isZero();
        assertThat(output.toString()).contains("16 of 16 rows committed", "done: 16 rows", "engagements");
        assertThat(count("ING-CLI-")).isEqualTo(11);
    }

    @Test
    void imports_a_csv_section_named_by_the_file_or_the_option() throws Exception {
        Path entities = dir.resolve("entities.csv");
        Files.writeString(entities, "id,name,jurisdiction\nING-CLICSV-E1,A,DE\nING-CLICSV-E2,B,FR\n");
        Path other = dir.resolve("people-export.csv");
        Files.writeString(other, "id,name\nING-CLICSV-P1,Ann\n");
        assertThat(run(entities.toString())).isZero();
        assertThat(run(other.toString(), "--section", "persons")).isZero();
        assertThat(count("ING-CLICSV-")).isEqualTo(3);
    }

    @Test
    void a_bad_file_is_rejected_with_its_errors() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"entities\":[{\"id\":\"ING-CLIBAD-1\",\"jurisdiction\":\"Germany\"}]}");
        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(output.toString()).contains("$.entities[0].jurisdiction");
        assertThat(count("ING-CLIBAD-")).isZero();
        assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(2);
    }
}
