package io.qualgraph.tools.bench;

import java.io.IOException;
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
import org.springframework.util.FileSystemUtils;

/**
 * For benchmark commands: a second instance of the service serving HTTP on loopback with a fresh embedded
 * database in a temporary folder (deleted when it closes: a 10,000-family graph takes about 2.7 GB), and a timer for
 * GET requests against it.
 */
public record BenchmarkServer(ConfigurableApplicationContext context, String base, String key, Path data)
        implements AutoCloseable {

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
        return new BenchmarkServer(app, "http://127.0.0.1:" + port, key, data);
    }

    /**
     * p50 and p99 in milliseconds of {@code requests} GETs of each path in turn, after sending the same GETs untimed for
     * {@link #WARM_UP} (so the JIT has compiled this request path), by one {@link LoadClient} on a kept-alive
     * connection: a thin client, so the figures are the service's.
     *
     * @throws IllegalStateException when any request does not answer 2xx
     */
    public double[] time(List<String> paths, int requests) throws InterruptedException {
        LoadClient client = new LoadClient(base, key);
        LoadClient.Requests inTurn = (random, n) -> LoadClient.Request.get(paths.get((int) (n % paths.size())));
        checked(client.run(1, WARM_UP, Long.MAX_VALUE, inTurn));
        LoadClient.Result timed = checked(client.run(1, Duration.ofDays(1), requests, inTurn));
        return new double[] {timed.p50(), timed.p99()};
    }

    private static LoadClient.Result checked(LoadClient.Result result) {
        if (result.errors() > 0) {
            throw new IllegalStateException(result.errors() + " requests failed, the first: " + result.firstError());
        }
        return result;
    }

    /**
     * p50 and p99 in milliseconds of {@code requests} calls in this process (no HTTP), after as many untimed ones;
     * {@code call} gets the index of the call, negative for the untimed ones.
     */
    public static double[] timeInProcess(int requests, IntConsumer call) {
        for (int i = -requests; i < 0; i++) {
            call.accept(i);
        }
        return timed(requests, call);
    }

    /**
     * As {@link #timeInProcess(int, IntConsumer)}, after untimed calls for {@code warmUp} instead, as the HTTP figures
     * are taken after {@link #WARM_UP}: a thousand calls of a cheap step leave its code paths half compiled.
     */
    public static double[] timeInProcess(Duration warmUp, int requests, IntConsumer call) {
        long until = System.nanoTime() + warmUp.toNanos();
        for (int i = -1; System.nanoTime() < until; i--) {
            call.accept(i);
        }
        return timed(requests, call);
    }

    private static double[] timed(int requests, IntConsumer call) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            call.accept(i);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return percentiles(millis);
    }

    /** {p50, p99} of the given durations. */
    public static double[] percentiles(List<Double> millis) {
        return percentiles(millis.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }

    /**
     * {p50, p99} of ascending {@code sorted} durations: the upper middle value and the value at rank ⌈0.99·n⌉; NaN for
     * none. The one definition every benchmark prints.
     */
    static double[] percentiles(double[] sorted) {
        if (sorted.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        int p99 = Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1));
        return new double[] {sorted[sorted.length / 2], sorted[p99]};
    }

    private static Class<?> userClass(Class<?> type) {
        Class<?> at = type;
        while (at.getName().contains("$$")) {
            at = at.getSuperclass();
        }
        return at;
    }

    @Override
    public void close() throws IOException {
        context.close();
        FileSystemUtils.deleteRecursively(data);
    }
}
