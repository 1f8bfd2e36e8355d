package io.qualgraph.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * For benchmark commands: a second instance of the service serving HTTP on loopback with a fresh embedded
 * database in a temporary folder, and a timer for GET requests against it.
 */
public record BenchmarkServer(ConfigurableApplicationContext context, HttpClient client, String base, String key)
        implements AutoCloseable {

    /** Starts the instance; {@code parent} is the command's own context, used to find the application class. */
    public static BenchmarkServer start(ConfigurableApplicationContext parent, int pageCacheMib) throws IOException {
        Class<?> application = parent.getBeansWithAnnotation(SpringBootConfiguration.class).values().iterator().next().getClass();
        Path data = Files.createTempDirectory("qualgraph-benchmark");
        String key = UUID.randomUUID().toString();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(userClass(application)).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--server.address=127.0.0.1", "--qualgraph.neo4j.uri=",
                        "--qualgraph.neo4j.data-dir=" + data, "--qualgraph.neo4j.bolt-port=0",
                        "--qualgraph.neo4j.page-cache-mib=" + pageCacheMib, "--qualgraph.seed.enabled=false",
                        "--qualgraph.cli=false", "--qualgraph.security.api-keys=admin:" + key, "--logging.level.root=WARN");
        String port = app.getEnvironment().getProperty("local.server.port");
        return new BenchmarkServer(app, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                "http://127.0.0.1:" + port, key);
    }

    /** p50 and p99 in milliseconds of {@code requests} GETs of each path in turn, after as many warm-up calls. */
    public double[] time(List<String> paths, int requests) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        for (int i = -requests; i < requests; i++) {
            String path = paths.get(Math.floorMod(i, paths.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("X-API-Key", key).GET().build();
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
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
