package io.qualgraph.tools.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * For benchmark commands: a second instance of the service serving HTTP on loopback with a fresh embedded
 * database in a temporary folder, and a timer for GET requests against it.
 */
public record BenchmarkServer(ConfigurableApplicationContext context, String base, String key) implements AutoCloseable {

    /** How long requests are sent before any is timed. */
    public static final Duration WARM_UP = Duration.ofSeconds(60);

    /** Starts the instance; {@code parent} is the command's own context, used to find the application class. */
    public static BenchmarkServer start(ConfigurableApplicationContext parent, int pageCacheMib) throws IOException {
        Class<?> application = parent.getBeansWithAnnotation(SpringBootConfiguration.class).values().iterator().next().getClass();
        Path data = Files.createTempDirectory("qualgraph-benchmark");
        String key = UUID.randomUUID().toString();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(userClass(application)).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--server.address=127.0.0.1", "--qualgraph.neo4j.uri=",
                        "--qualgraph.neo4j.data-dir=" + data, "--qualgraph.neo4j.bolt-port=0",
                        "--qualgraph.neo4j.page-cache-mib=" + pageCacheMib, "--qualgraph.seed.enabled=false",
                        "--qualgraph.cli=false", "--qualgraph.refresh.enabled=false",
                        "--qualgraph.security.api-keys=admin:" + key, "--logging.level.root=WARN");
        String port = app.getEnvironment().getProperty("local.server.port");
        return new BenchmarkServer(app, "http://127.0.0.1:" + port, key);
    }

    /**
     * p50 and p99 in milliseconds of {@code requests} GETs of each path in turn, after sending the same GETs untimed for
     * {@link #WARM_UP} (so the JIT has compiled this request path). The client is {@link HttpURLConnection} on a
     * kept-alive connection: a thin client, so the figures are the service's.
     */
    public double[] time(List<String> paths, int requests) throws IOException {
        long warmUntil = System.nanoTime() + WARM_UP.toNanos();
        for (int i = 0; System.nanoTime() < warmUntil; i++) {
            get(paths.get(i % paths.size()));
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            get(paths.get(i % paths.size()));
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return percentiles(millis);
    }

    private void get(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setRequestProperty("X-API-Key", key);
        int status = connection.getResponseCode();
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status + ": " + new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * p50 and p99 in milliseconds of {@code requests} calls in this process (no HTTP), after as many untimed ones;
     * {@code call} gets the index of the call, negative for the untimed ones.
     */
    public static double[] timeInProcess(int requests, IntConsumer call) {
        List<Double> millis = new ArrayList<>();
        for (int i = -requests; i < requests; i++) {
            long start = System.nanoTime();
            call.accept(i);
            if (i >= 0) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return percentiles(millis);
    }

    /** {p50, p99} of the given durations. */
    public static double[] percentiles(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        int p99 = Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1);
        return new double[] {sorted.get(sorted.size() / 2), sorted.get(p99)};
    }

    private static Class<?> userClass(Class<?> type) {
        Class<?> at = type;
        while (at.getName().contains("$$")) {
            at = at.getSuperclass();
        }
        return at;
    }

    @Override
    public void close() {
        context.close();
    }
}
