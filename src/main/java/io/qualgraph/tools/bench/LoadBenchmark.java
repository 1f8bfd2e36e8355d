package io.qualgraph.tools.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.qualgraph.cli.Command;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code load [FAMILIES] [--url URL --key KEY] [--seconds S] [--clients 1,16,64]}: drives the real HTTP API at fixed
 * concurrencies and prints throughput, p50/p99 and errors per call. Without {@code --url} it builds the benchmark
 * graph of FAMILIES families (default 2,000) and a lead for every fourth family in a fresh embedded database; with it, it drives a
 * running service, picking accounts and leads from its ranked list and inbox.
 */
@Component
class LoadBenchmark implements Command {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;

    LoadBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String usage() {
        return "[FAMILIES] [--url URL --key KEY] [--seconds S] [--warm-up S] [--clients 1,16,64] — throughput, p50/p99 "
                + "and errors of account score, ranked list, structure, risk and lead calls over HTTP at fixed concurrency";
    }

    /** The command line: the graph's size or the service to drive, and how long each step runs. */
    record Options(int families, String url, String key, Duration step, Duration warmUp, List<Integer> clients) {

        static Options parse(List<String> args) {
            int families = 2_000;
            String url = null;
            String key = null;
            Duration step = Duration.ofSeconds(15);
            Duration warmUp = BenchmarkServer.WARM_UP;
            List<Integer> clients = List.of(1, 16, 64);
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--url" -> url = value(args, ++i, arg);
                    case "--key" -> key = value(args, ++i, arg);
                    case "--seconds" -> step = Duration.ofSeconds(positive(value(args, ++i, arg), arg, 3_600));
                    case "--warm-up" -> warmUp = Duration.ofSeconds(Integer.parseInt(value(args, ++i, arg)));
                    case "--clients" -> clients = List.of(value(args, ++i, arg).split(",")).stream()
                            .map(c -> positive(c.strip(), arg, 512)).toList();
                    default -> families = positive(arg, "FAMILIES", 20_000);
                }
            }
            if (url != null && key == null) {
                throw new IllegalArgumentException("--url needs --key (an API key of the service; admin for lead intake)");
            }
            return new Options(families, url, key, step, warmUp, clients);
        }

        private static String value(List<String> args, int at, String option) {
            if (at >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(at);
        }

        private static int positive(String value, String what, int max) {
            int n = Integer.parseInt(value);
            if (n < 1 || n > max) {
                throw new IllegalArgumentException(what + " must be between 1 and " + max + ", not " + n);
            }
            return n;
        }
    }

    @Override
    public int run(List<String> args) throws Exception {
        Options options = Options.parse(args);
        LoadClient.allowKeptAliveConnections(Math.max(128, options.clients().stream().mapToInt(c -> c).max().orElse(1) * 2));
        if (options.url() != null) {
            drive(new LoadClient(options.url(), options.key()), options);
            return 0;
        }
        try (BenchmarkServer server = BenchmarkServer.start(context, 1024)) {
            long start = System.nanoTime();
            BenchmarkAccounts.load(server.context(), options.families(), Instant.now());
            System.out.printf("built %,d families (%,d entities, %,d contacts, %,d events) in %.0f s%n",
                    options.families(), options.families() * 10, options.families() * 30, options.families() * 300,
                    (System.nanoTime() - start) / 1e9);
            LoadClient client = new LoadClient(server.base(), server.key());
            int leads = Math.max(200, options.families() / 4);
            LoadClient.Result intake = client.run(1, Duration.ofDays(1), leads, (random, n) -> intake(n, options.families()));
            System.out.printf("took %,d leads one at a time: %s%n", leads, intake.figures());
            drive(client, options);
        }
        return 0;
    }

    private static void drive(LoadClient client, Options options) throws Exception {
        List<String> accounts = ids(client, "/api/accounts?size=200", "accountId");
        List<String> leads = ids(client, "/api/leads?size=200", "leadId");
        if (accounts.isEmpty()) {
            throw new IllegalStateException(client.base() + " has no scored accounts to load");
        }
        List<Call> calls = new ArrayList<>(List.of(
                new Call("floor: /api/me", (r, n) -> LoadClient.Request.get("/api/me")),
                new Call("account score", (r, n) -> LoadClient.Request.get("/api/accounts/" + pick(accounts, r) + "/score")),
                new Call("score, computed", (r, n) -> LoadClient.Request.get("/api/accounts/" + pick(accounts, r)
                        + "/score?asOf=" + Instant.now())),
                new Call("ranked list", (r, n) -> LoadClient.Request.get("/api/accounts?size=50&page=" + r.nextInt(4))),
                new Call("structure", (r, n) -> LoadClient.Request.get("/api/entities/" + pick(accounts, r) + "/structure")),
                new Call("risk", (r, n) -> LoadClient.Request.get("/api/entities/" + pick(accounts, r) + "/risk"))));
        if (!leads.isEmpty()) {
            calls.add(new Call("lead qualification",
                    (r, n) -> LoadClient.Request.get("/api/leads/" + pick(leads, r) + "/qualification")));
        }
        calls.add(new Call("lead intake", (r, n) -> intake(options.families() + n, options.families())));
        Duration warmUpEach = options.warmUp().dividedBy(calls.size());
        for (Call call : calls) {
            client.run(16, warmUpEach, Integer.MAX_VALUE, call.request());
        }
        System.out.printf("%s, %d accounts and %d leads picked at random, %d s per step after %d s of warm-up%n",
                URI.create(client.base()).getAuthority(), accounts.size(), leads.size(), options.step().toSeconds(),
                options.warmUp().toSeconds());
        System.out.printf("%-20s %7s %9s %9s %8s %8s %7s%n", "call", "clients", "requests", "req/s", "p50 ms", "p99 ms",
                "errors");
        for (Call call : calls) {
            for (int clients : options.clients()) {
                LoadClient.Result result = client.run(clients, options.step(), Integer.MAX_VALUE, call.request());
                System.out.printf("%-20s %7d %9d %9.0f %8.2f %8.2f %7d%n", call.name(), clients, result.requests(),
                        result.perSecond(), result.p50(), result.p99(), result.errors());
                if (result.firstError() != null) {
                    System.out.println("    first error: " + result.firstError());
                }
            }
        }
        System.out.println("account score: a read without asOf, reused while nothing changed; score, computed: the same "
                + "account with asOf = now, read from the graph and scored on every call");
        System.out.println("floor: the cheapest authenticated call (HTTP, API key, JSON of two fields), no graph read");
        System.out.println("target: account score at 16 clients ≥ 1,500 req/s with p99 ≤ 50 ms and no errors");
    }

    /**
     * A new lead from a person at family {@code n mod families}'s parent, named by its company name (its e-mail domain
     * is nobody's, so it resolves by name). The id is unique to this run of the command.
     */
    private static LoadClient.Request intake(long n, int families) {
        long family = n % families;
        return LoadClient.Request.post("/api/leads", String.format("""
                {"id": "LOAD-%s-%d", "email": "person%d@lead%d.example", "name": "Person %d", "title": "Head of IT",
                 "company": "%s", "source": "INBOUND_FORM"}""", RUN, n, n, family, n,
                BenchmarkNames.typed((int) family, 0, false)));
    }

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private record Call(String name, LoadClient.Requests request) {
    }

    private static String pick(List<String> ids, SplittableRandom random) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** The values of {@code field} in the {@code items} of a page the service answers. */
    private static List<String> ids(LoadClient client, String path, String field) throws Exception {
        JsonNode page = JSON.readTree(client.body(LoadClient.Request.get(path)));
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get(field).asString()));
        return ids;
    }
}
