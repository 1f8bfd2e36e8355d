package io.qualgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.qualgraph.support.TestNeo4jProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A kill -9 in the middle of an import loses no chunk the import reported committed, and the store opens again with no
 * manual step: a child JVM imports a large bundle into its own embedded store and is killed after its first progress
 * line; a second child starts the service on the same store, and every acknowledged row is there.
 */
class KillDuringImportIT {

    private static final int ENGAGEMENTS = 50_000;
    /** Small chunks, so that the first commit comes seconds after the start and the kill lands mid-stream. */
    private static final int CHUNK_ROWS = 2_000;
    private static final Pattern COMMITTED = Pattern.compile("import: ([\\d,]+) of \\d+ rows committed");

    @TempDir
    Path folder;

    @Test
    void every_acknowledged_chunk_survives_a_kill_and_the_store_recovers_by_itself() throws Exception {
        Path bundle = bigBundle();
        Path data = folder.resolve("data");
        Process importing = child(data, 0, 0, "import", bundle.toString());
        long acknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(importing.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = COMMITTED.matcher(line);
                if (m.find()) {
                    acknowledged = Long.parseLong(m.group(1).replace(",", ""));
                    break;
                }
            }
            importing.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close of the store
            importing.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("the import reported a committed chunk before the kill").isPositive();
        assertThat(acknowledged).as("killed mid-stream, not after the end").isLessThan(ENGAGEMENTS + 2);

        int bolt = freePort();
        Process service = child(data, bolt, freePort());
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
            long rows = countWhenUp(driver, service);
            System.out.printf("kill -9 during import: %,d rows acknowledged before the kill, %,d in the store after "
                    + "recovery, of %,d%n", acknowledged, rows, ENGAGEMENTS + 2);
            assertThat(rows).as("rows in the store after recovery, of %d acknowledged", acknowledged)
                    .isGreaterThanOrEqualTo(acknowledged);
        } finally {
            service.destroy();
            service.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** One entity, one contact and {@link #ENGAGEMENTS} engagements: many chunks. */
    private Path bigBundle() throws IOException {
        Path file = folder.resolve("big.json");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("{\"entities\": [{\"id\": \"KILL-E\", \"name\": \"Kill Test GmbH\", \"jurisdiction\": \"DE\"}],\n");
            w.write(" \"contacts\": [{\"id\": \"KILL-C\", \"entity\": \"KILL-E\", \"name\": \"Kim Kill\","
                    + " \"email\": \"kim@kill-test.de\"}],\n \"engagements\": [");
            for (int i = 0; i < ENGAGEMENTS; i++) {
                w.write((i == 0 ? "" : ",\n") + "{\"id\": \"KILL-V" + i + "\", \"contact\": \"KILL-C\", \"type\": "
                        + "\"WEBINAR_ATTENDED\", \"at\": \"2026-0" + (1 + i % 9) + "-1" + (i % 9) + "T10:00:00Z\"}");
            }
            w.write("]}\n");
        }
        return file;
    }

    /** Rows the graph holds (entities, contacts, engagements), read once the service's database answers. */
    private static long countWhenUp(Driver driver, Process service) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service started on the killed store").isTrue();
            try {
                return driver.executableQuery("MATCH (n) WHERE n:LegalEntity OR n:Contact OR n:Engagement "
                        + "RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(1_000);
            }
        }
        throw new AssertionError("the service did not open the store within 180 s", last);
    }

    /** This JVM's java and classpath running the application with {@code args}, on {@code data}, output piped. */
    private static Process child(Path data, int boltPort, int httpPort, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports")).forEach(command::add);
        command.add("-Xmx1g");
        command.add("-D" + TestNeo4jProperties.OWN_STORE + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.qualgraph.QualgraphApplication");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("QUALGRAPH_DATA_DIR", data.toString());
        builder.environment().put("QUALGRAPH_BOLT_PORT", Integer.toString(boltPort));
        builder.environment().put("QUALGRAPH_SEED", "false");
        builder.environment().put("QUALGRAPH_INGEST_CHUNK_ROWS", Integer.toString(CHUNK_ROWS));
        builder.environment().put("QUALGRAPH_PAGE_CACHE_MIB", "64");
        builder.environment().put("QUALGRAPH_NEO4J_WARM_UP_PLANS", "false");
        builder.environment().put("QUALGRAPH_REFRESH_ENABLED", "false");
        builder.environment().put("SERVER_PORT", Integer.toString(httpPort));
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        if (args.length == 0) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
