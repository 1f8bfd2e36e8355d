package io.qualgraph.tools.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.qualgraph.cli.Command;
import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.ingest.ChunkedImport;
import io.qualgraph.ingest.IngestSummary;
import io.qualgraph.lead.CompanyNameResolution;
import io.qualgraph.lead.LeadSettings;
import io.qualgraph.lead.ResolutionTimer;
import io.qualgraph.support.EmbeddedDatabase;
import io.qualgraph.support.Graph;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code benchmark-leads [FAMILIES] [--leads N] [--warm-up N] [--hold]}: builds FAMILIES benchmark families (default
 * 10,000: 100,000 entities, 300,000 contacts, 3,000,000 events) in a fresh embedded database, imports a warm-up of
 * other leads (default 20,000; 0 for none) and then N leads (default 100,000) in chunks through the one write path,
 * and times what the lead issue's targets name: bulk import, company-name
 * resolution against every entity, how long the service takes to decide the imported leads in the background and the
 * inbox read after that, lead intake over HTTP and the qualification read over HTTP. With {@code --hold} the
 * benchmark graph stays open afterwards (its Bolt URI is printed) until the command is stopped, so that a developer can
 * PROFILE statements on it.
 */
@Component
class LeadBenchmark implements Command {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TIMED = 1_000;
    private static final Duration INTAKE_WARM_UP = Duration.ofSeconds(30);
    private static final Duration NAME_WARM_UP = Duration.ofSeconds(30);
    private static final int WARM_UP_LEADS = 20_000;
    private static final long WARM_UP_FIRST = 1_000_000;

    private final ConfigurableApplicationContext context;

    LeadBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "benchmark-leads";
    }

    @Override
    public String usage() {
        return "[FAMILIES] [--leads N] [--warm-up N] [--hold] — times bulk lead import, company-name resolution, lead intake and the lead "
                + "qualification read on a generated graph (fresh embedded database)";
    }

    @Override
    public int run(List<String> args) throws Exception {
        int families = 10_000;
        int leads = 100_000;
        int warmUp = WARM_UP_LEADS;
        boolean hold = false;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--hold")) {
                hold = true;
            } else if (args.get(i).equals("--leads")) {
                leads = Math.max(1_000, Math.min(1_000_000, Integer.parseInt(args.get(++i))));
            } else if (args.get(i).equals("--warm-up")) {
                warmUp = Math.max(0, Math.min(1_000_000, Integer.parseInt(args.get(++i))));
            } else {
                families = Math.max(100, Math.min(20_000, Integer.parseInt(args.get(i))));
            }
        }
        LoadClient.allowKeptAliveConnections(16);
        try (BenchmarkServer server = BenchmarkServer.start(context, 2048)) {
            Instant now = Instant.now();
            long start = System.nanoTime();
            BenchmarkAccounts.load(server.context(), families, now);
            System.out.printf("loaded %,d families, %,d entities, %,d contacts, %,d events in %.0f s%n", families,
                    families * 10, families * 30, families * 300, (System.nanoTime() - start) / 1e9);
            nameResolution(server.context(), families); // first: a large import leaves Lucene merging for a while
            if (warmUp > 0) {
                warmUpImport(server.context(), warmUp, families, now);
            }
            bulkImport(server.context(), leads, families, now);
            LoadClient client = new LoadClient(server.base(), server.key());
            decidedInBackground(server.context(), "the import");
            start = System.nanoTime();
            new LoadClient(server.base(), server.key(), Duration.ofHours(1)).body(LoadClient.Request.get("/api/leads?size=50"));
            System.out.printf("first inbox read after that: %.1f s%n", (System.nanoTime() - start) / 1e9);
            intake(client, families);
            qualification(client, leads);
            if (hold) {
                System.out.println("benchmark graph open at " + server.context().getBean(EmbeddedDatabase.class).boltUri()
                        + " (no auth) until this command is stopped");
                Thread.sleep(Long.MAX_VALUE);
            }
        }
        return 0;
    }

    /**
     * Imports {@code leads} other leads first, as the HTTP and name figures are taken after a warm-up: the first import
     * in a fresh JVM runs while the JIT compiler still compiles the write path and takes much of this machine's second
     * core. They are created 400 to 490 days before {@code now}, outside the duplicate window of the timed leads, and the
     * timed import starts once the service has decided them. Prints their rate too: the cold figure.
     */
    private static void warmUpImport(ConfigurableApplicationContext app, int leads, int families, Instant now)
            throws InterruptedException {
        Bundle bundle = BenchmarkLeads.all("WARM", WARM_UP_FIRST, leads, families, now.minus(Duration.ofDays(400)));
        long start = System.nanoTime();
        IngestSummary summary = app.getBean(ChunkedImport.class).run(bundle, 0, (done, total) -> {
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("warm-up import, untimed for the target (the first import after the JVM started, cold): %,d "
                + "other leads in %.1f s = %,.0f leads/s%n", summary.rows(), seconds, summary.rows() / seconds);
        decidedInBackground(app, "the warm-up import");
    }

    /** Times the import of {@code leads} generated leads and prints each chunk's seconds (where the time goes). */
    private static void bulkImport(ConfigurableApplicationContext app, int leads, int families, Instant now) {
        Graph graph = app.getBean(Graph.class);
        Bundle bundle = BenchmarkLeads.all("BULK", leads, families, now);
        List<String> chunks = new ArrayList<>();
        MeterRegistry meters = app.getBean(MeterRegistry.class);
        WriteSeconds before = WriteSeconds.of(meters);
        double[] readAheadsBefore = {readAheads(meters, true), readAheads(meters, false)};
        long start = System.nanoTime();
        long[] last = {start};
        IngestSummary summary = app.getBean(ChunkedImport.class).run(bundle, 0, (done, total) -> {
            long at = System.nanoTime();
            chunks.add(String.format(Locale.ROOT, "%.1f", (at - last[0]) / 1e9));
            last[0] = at;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("bulk import: %,d leads in %.1f s = %,.0f leads/s, validated, written and resolved in chunks "
                + "of %,d (target ≥ 5,000 leads/s); seconds per chunk: %s%n", summary.rows(), seconds,
                summary.rows() / seconds, app.getBean(BundleIngest.class).settings().chunkRows(), String.join(" ", chunks));
        WriteSeconds spent = WriteSeconds.of(meters).minus(before);
        double inside = spent.rows() + spent.derived();
        double resolving = spent.readBack() + spent.candidates() + spent.outcome();
        System.out.printf("  where the writes' time went, in seconds: inside the transactions %.1f, of which resolving the "
                + "leads %.1f (reading stored leads back %.1f, their candidates and the choice %.1f, the outcome %.1f — "
                + "new leads are created with theirs) and the rest %.1f; the commits %.1f; validating and splitting the "
                + "rest%n", inside, resolving, spent.readBack(), spent.candidates(), spent.outcome(), inside - resolving,
                spent.commit());
        System.out.printf("  entity and name candidates read ahead on another thread while the chunk before was written: "
                + "taken by %.0f chunks, not taken by %.0f%n", readAheads(meters, true) - readAheadsBefore[0],
                readAheads(meters, false) - readAheadsBefore[1]);
        graph.query("tools/bench/lead-match-methods", Map.of(), r -> r).forEach(r -> System.out.printf(
                "  resolved by %s: %,d%n", r.get("method").asString("(unmatched)"), r.get("leads").asLong()));
    }

    private static double readAheads(MeterRegistry meters, boolean taken) {
        Counter counter = meters.find(ResolutionTimer.READ_AHEAD).tag("taken", Boolean.toString(taken)).counter();
        return counter == null ? 0 : counter.count();
    }

    /**
     * Seconds so far in each timed part of bundle writes ({@code rows}, {@code derived}, {@code commit}) and in each step
     * of lead resolution inside them, from the service's own timers.
     */
    private record WriteSeconds(double rows, double derived, double commit, double readBack, double candidates,
            double outcome) {

        static WriteSeconds of(MeterRegistry meters) {
            return new WriteSeconds(seconds(meters, BundleIngest.TIMER, "part", "rows"),
                    seconds(meters, BundleIngest.TIMER, "part", "derived"),
                    seconds(meters, BundleIngest.TIMER, "part", "commit"),
                    seconds(meters, ResolutionTimer.NAME, "step", ResolutionTimer.READ_BACK),
                    seconds(meters, ResolutionTimer.NAME, "step", ResolutionTimer.CANDIDATES),
                    seconds(meters, ResolutionTimer.NAME, "step", ResolutionTimer.OUTCOME));
        }

        WriteSeconds minus(WriteSeconds earlier) {
            return new WriteSeconds(rows - earlier.rows, derived - earlier.derived, commit - earlier.commit,
                    readBack - earlier.readBack, candidates - earlier.candidates, outcome - earlier.outcome);
        }

        private static double seconds(MeterRegistry meters, String timer, String tag, String value) {
            Timer found = meters.find(timer).tag(tag, value).timer();
            return found == null ? 0 : found.totalTime(TimeUnit.SECONDS);
        }
    }

    /**
     * Waits until the service has decided every imported lead in the background (it starts once no write has been in
     * progress for {@code qualgraph.leads.decide-after-quiet}) and prints how long that took after the import.
     */
    private static void decidedInBackground(ConfigurableApplicationContext app, String after)
            throws InterruptedException {
        Graph graph = app.getBean(Graph.class);
        long start = System.nanoTime();
        long undecided = undecided(graph);
        long waiting = undecided;
        while (undecided > 0 && System.nanoTime() - start < Duration.ofMinutes(30).toNanos()) {
            Thread.sleep(250);
            undecided = undecided(graph);
        }
        System.out.printf("decided in the background after %s: %,d leads in %.1f s after its last chunk (the "
                + "service starts once writing has paused %d s); %,d left undecided%n", after, waiting,
                (System.nanoTime() - start) / 1e9, app.getBean(LeadSettings.class).decideAfterQuiet().toSeconds(),
                undecided);
    }

    private static long undecided(Graph graph) {
        return graph.query("tools/bench/undecided-leads", Map.of(), r -> r.get("leads").asLong()).get(0);
    }

    /**
     * The company-name step of resolution for leads that name only a company, as a personal-address form does: half
     * typed in lower case, the parents' with their country; also how many resolve to the entity the name was typed for.
     * Timed after {@link #NAME_WARM_UP} of untimed calls, as the HTTP figures are after theirs.
     */
    private static void nameResolution(ConfigurableApplicationContext app, int families) {
        CompanyNameResolution resolution = app.getBean(CompanyNameResolution.class);
        SplittableRandom random = new SplittableRandom(42);
        int[] intended = {0};
        double[] timed = BenchmarkServer.timeInProcess(NAME_WARM_UP, TIMED, i -> {
            int family = random.nextInt(families);
            int member = random.nextInt(BenchmarkAccounts.ENTITIES_PER_FAMILY);
            String typed = BenchmarkNames.typed(family, member, i % 2 == 0);
            String country = member == 0 ? BenchmarkAccounts.parentCountry(family) : null;
            boolean named = resolution.entityFor(typed, country)
                    .filter(BenchmarkAccounts.entity(family, member)::equals).isPresent();
            if (named && i >= 0) {
                intended[0]++;
            }
        });
        System.out.printf("company-name resolution against %,d entities (one lead's company-name step, in process): "
                + "p50 %.2f ms, p99 %.2f ms (target p99 ≤ 10 ms); %,d of %,d resolved to the entity named%n",
                families * BenchmarkAccounts.ENTITIES_PER_FAMILY, timed[0], timed[1], intended[0], TIMED);
        Graph graph = app.getBean(Graph.class);
        double[] floor = BenchmarkServer.timeInProcess(NAME_WARM_UP, TIMED,
                i -> graph.query("tools/bench/floor", Map.of(), r -> r));
        System.out.printf("  the floor beside it, a read transaction that reads nothing (RETURN 1), in process: "
                + "p50 %.2f ms, p99 %.2f ms%n", floor[0], floor[1]);
    }

    private static void intake(LoadClient client, int families) throws InterruptedException {
        LoadClient.Requests post = (random, n) -> LoadClient.Request.post("/api/leads",
                JSON.writeValueAsString(BenchmarkLeads.lead("LIVE" + RUN, n, families, null)));
        client.run(1, INTAKE_WARM_UP, Long.MAX_VALUE, post);
        LoadClient.Result result = client.run(1, Duration.ofDays(1), TIMED, post);
        System.out.printf("lead intake over HTTP, one client: %s (target p99 ≤ 50 ms)%n", result.figures());
        report(result);
    }

    private static void qualification(LoadClient client, int leads) throws InterruptedException {
        LoadClient.Requests get = (random, n) -> LoadClient.Request.get("/api/leads/BENCH-BULK-L" + random.nextInt(leads)
                + "/qualification");
        client.run(1, BenchmarkServer.WARM_UP, Long.MAX_VALUE, get);
        LoadClient.Result result = client.run(1, Duration.ofDays(1), TIMED, get);
        System.out.printf("lead qualification read over HTTP, one client: %s (targets p50 ≤ 5 ms, p99 ≤ 20 ms)%n",
                result.figures());
        report(result);
        LoadClient.Result floor = client.run(1, Duration.ofDays(1), TIMED,
                (random, n) -> LoadClient.Request.get("/api/me"));
        System.out.printf("  the floor beside it, GET /api/me (authenticated, reads nothing): %s%n", floor.figures());
    }

    private static void report(LoadClient.Result result) {
        if (result.firstError() != null) {
            System.out.println("    first error: " + result.firstError());
        }
    }

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
}
