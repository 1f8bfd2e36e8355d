package io.qualgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import io.qualgraph.prediction.Algorithm;
import io.qualgraph.support.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TrainCsvCommandTests {

    @TempDir
    Path dir;

    private Path leads(int rows) throws IOException {
        Random random = new Random(4);
        StringBuilder csv = new StringBuilder("id;visits;source;stage;won\n");
        for (int i = 0; i < rows; i++) {
            int visits = random.nextInt(10);
            boolean won = random.nextDouble() < visits / 10.0;
            csv.append("L").append(i).append(';').append(visits).append(';')
                    .append(random.nextBoolean() ? "web" : "partner").append(';')
                    .append(won ? "closed" : "open").append(';').append(won ? "yes" : "no").append('\n');
        }
        return Files.writeString(dir.resolve("leads.csv"), csv);
    }

    @Test
    void trains_on_a_file_and_writes_the_report() throws Exception {
        Path report = dir.resolve("report.json");
        TrainCsvCommand command = new TrainCsvCommand(Clock.fixed(Instant.parse("2026-12-03T00:00:00Z"), ZoneOffset.UTC));
        int code = command.run(List.of(leads(300).toString(), "--label", "won", "--positive", "yes", "--separator", ";",
                "--algorithm", "logistic_regression", "--report", report.toString()));
        assertThat(code).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
        assertThat(json.get("version").asString()).isEqualTo("leads");
        assertThat(json.get("target").asString()).isEqualTo("LEAD_CONVERTED");
        assertThat(json.get("algorithm").asString()).isEqualTo("LOGISTIC_REGRESSION");
        assertThat(json.get("trainedAt").asString()).isEqualTo("2026-12-03T00:00:00Z");
        assertThat(json.get("validation").get("method").asString()).isEqualTo("STRATIFIED_CV");
        assertThat(json.get("validation").get("auc").asDouble()).isGreaterThan(0.6);
        assertThat(json.get("leakage").get(0).get("feature").asString()).isEqualTo("stage");
        assertThat(json.get("excluded").findValuesAsString("feature")).contains("id", "stage");
        assertThat(json.get("features").findValuesAsString("name")).containsExactly("visits", "source");
    }

    @Test
    void bad_arguments_name_the_option() throws Exception {
        assertThatThrownBy(() -> TrainCsvCommand.Arguments.parse(List.of("a.csv")))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.errors().get(0).path()).isEqualTo("--label"));
        assertThatThrownBy(() -> TrainCsvCommand.Arguments.parse(List.of("a.csv", "--label", "y", "--algorithm", "svm")))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.getMessage()).contains("--algorithm",
                        "GRADIENT_BOOSTED_TREES"));
        assertThatThrownBy(() -> TrainCsvCommand.Arguments.parse(List.of("a.csv", "--label", "y", "--separator", ";;")))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.errors().get(0).path()).isEqualTo("--separator"));
        assertThatThrownBy(() -> TrainCsvCommand.Arguments.parse(List.of("a.csv", "--label", "y", "--depth", "3")))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.errors().get(0).path()).isEqualTo("--depth"));
        assertThat(TrainCsvCommand.Arguments.parse(List.of("a.csv", "--label", "y")).request().algorithm())
                .isEqualTo(Algorithm.GRADIENT_BOOSTED_TREES);
        TrainCsvCommand command = new TrainCsvCommand(Clock.systemUTC());
        assertThat(command.run(List.of(leads(50).toString(), "--label", "nope"))).isEqualTo(2);
        assertThat(command.run(List.of(dir.resolve("absent.csv").toString(), "--label", "won"))).isEqualTo(2);
        Path oneClass = Files.writeString(dir.resolve("one.csv"), "x,y\n1,0\n2,0\n3,0\n");
        assertThat(command.run(List.of(oneClass.toString(), "--label", "y"))).isEqualTo(2);
    }
}
