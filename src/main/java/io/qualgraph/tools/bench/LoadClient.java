package io.qualgraph.tools.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop HTTP load generator: N client threads, each sending its next request as soon as the last answered, on
 * kept-alive connections ({@link HttpURLConnection}, a thin client, so the figures are the service's). Latencies are
 * kept per thread and merged at the end; a non-2xx answer or an I/O failure is an error and is not timed.
 */
final class LoadClient {

    /** One request: method, path (with query) and, for a POST, a JSON body. */
    record Request(String method, String path, String body) {

        static Request get(String path) {
            return new Request("GET", path, null);
        }

        static Request post(String path, String json) {
            return new Request("POST", path, json);
        }
    }

    /** The {@code n}-th request of a run (counted over every thread), drawn with the thread's own random source. */
    @FunctionalInterface
    interface Requests {
        Request next(SplittableRandom random, long n);
    }

    /** What one run measured. */
    record Result(long requests, long errors, double seconds, double p50, double p99, String firstError) {

        double perSecond() {
            return requests / seconds;
        }

        String figures() {
            return String.format("%,d requests, %,.0f/s, p50 %.2f ms, p99 %.2f ms, %d errors", requests, perSecond(),
                    p50, p99, errors);
        }
    }

    private final String base;
    private final String key;
    private final int readTimeoutMillis;

    LoadClient(String base, String key) {
        this(base, key, Duration.ofSeconds(60));
    }

    /** A client whose requests wait up to {@code readTimeout} for an answer (a first read that computes everything). */
    LoadClient(String base, String key, Duration readTimeout) {
        this.readTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, readTimeout.toMillis());
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.key = key;
    }

    String base() {
        return base;
    }

    /**
     * Lets the JDK keep up to {@code connections} idle connections per server (its default is 5, which would make most
     * of 16 or 64 clients open a new connection per request). Must run before the first request of the process.
     */
    static void allowKeptAliveConnections(int connections) {
        System.setProperty("http.maxConnections", Integer.toString(connections));
    }

    /** The body of one request that must succeed. */
    String body(Request request) throws IOException {
        Answer answer = send(request);
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException(request.path() + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    /** {@code clients} threads sending requests for {@code duration} or until {@code maxRequests} were sent. */
    Result run(int clients, Duration duration, long maxRequests, Requests requests) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            int thread = t;
            Thread client = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(7919L * thread + 1);
                long[] mine = new long[1024];
                int count = 0;
                long n;
                while (System.nanoTime() < deadline && (n = sent.getAndIncrement()) < maxRequests) {
                    Request request = requests.next(random, n);
                    long begin = System.nanoTime();
                    String error = attempt(request);
                    if (error == null) {
                        if (count == mine.length) {
                            mine = Arrays.copyOf(mine, count * 2);
                        }
                        mine[count++] = System.nanoTime() - begin;
                    } else {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, request.method() + " " + request.path() + ": " + error);
                    }
                }
                latencies[thread] = mine;
                counts[thread] = count;
            }, "load-" + t);
            client.start();
            threads.add(client);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        double[] percentiles = BenchmarkServer.percentiles(Arrays.stream(all).mapToDouble(nanos -> nanos / 1e6).sorted()
                .toArray());
        return new Result(all.length + errors.get(), errors.get(), seconds, percentiles[0], percentiles[1],
                firstError.get());
    }

    /** Null when the request answered 2xx, else what went wrong. */
    private String attempt(Request request) {
        try {
            Answer answer = send(request);
            return answer.status() / 100 == 2 ? null : answer.status() + " " + abbreviated(answer.body());
        } catch (IOException | RuntimeException e) {
            return e.toString();
        }
    }

    private record Answer(int status, String body) {
    }

    private Answer send(Request request) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + request.path()).toURL().openConnection();
        connection.setRequestMethod(request.method());
        connection.setRequestProperty("X-API-Key", key);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(readTimeoutMillis);
        if (request.body() != null) {
            byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            // read to the end, so the connection goes back to the keep-alive cache
            return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
