package io.qualgraph.entity;

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

/** A second instance of the service on loopback with a fresh embedded database in a temporary folder. */
record BenchmarkServer(ConfigurableApplicationContext context, HttpClient client, String base, String key) implements AutoCloseable {

    static BenchmarkServer start(ConfigurableApplicationContext parent) throws IOException {
        Class<?> application = parent.getBeansWithAnnotation(SpringBootConfiguration.class).values().iterator().next().getClass();
        Path data = Files.createTempDirectory("qualgraph-benchmark");
        String key = UUID.randomUUID().toString();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(userClass(application)).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--server.address=127.0.0.1", "--qualgraph.neo4j.uri=", "--qualgraph.neo4j.data-dir=" + data,
                        "--qualgraph.neo4j.bolt-port=0", "--qualgraph.neo4j.page-cache-mib=512", "--qualgraph.seed.enabled=false",
                        "--qualgraph.cli=false", "--qualgraph.security.api-keys=sales:" + key, "--logging.level.root=WARN");
        String port = app.getEnvironment().getProperty("local.server.port");
        return new BenchmarkServer(app, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), "http://127.0.0.1:" + port, key);
    }

    /** p50 and p99 in milliseconds of {@code requests} GETs of {@code path} after as many warm-up calls. */
    double[] time(String path, int requests) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("X-API-Key", key).GET().build();
        List<Double> millis = new ArrayList<>();
        for (int i = -requests; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 0) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return StructureBenchmark.percentiles(millis);
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
