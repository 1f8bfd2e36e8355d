package io.qualgraph.tools.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.qualgraph.accounts.AccountQualification;
import io.qualgraph.accounts.AccountRanking;
import io.qualgraph.accounts.AccountReadModel;
import io.qualgraph.accounts.SignalLoader;
import io.qualgraph.cli.Command;
import io.qualgraph.entity.Families;
import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.rescore.Rescore;
import io.qualgraph.scoring.AccountScorer;
import io.qualgraph.scoring.ScoringModel;
import io.qualgraph.scoring.Signals;
import io.qualgraph.scoringmodels.ScoringModels;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark-scoring [FAMILIES]}: builds FAMILIES families (10 entities, 30 contacts, 300 events each; default
 * 10,000) in a fresh embedded database, then times the full re-score, the single-account score through HTTP, and
 * the same computations by the pure scorer on in-memory signals.
 */
@Component
class ScoringBenchmark implements Command {

    private final ConfigurableApplicationContext context;

    ScoringBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "benchmark-scoring";
    }

    @Override
    public String usage() {
        return "[FAMILIES] — times the full re-score, single-account scores and the ranked list under pushed events "
                + "on a generated graph (fresh embedded database)";
    }

    @Override
    public int run(List<String> args) throws Exception {
        int families = args.isEmpty() ? 10_000 : Math.max(10, Math.min(20_000, Integer.parseInt(args.get(0))));
        try (BenchmarkServer server = BenchmarkServer.start(context, 2048)) {
            Instant now = Instant.now();
            long loadStart = System.nanoTime();
            BenchmarkAccounts.load(server.context(), families, now);
            System.out.printf("loaded %,d families, %,d entities, %,d contacts, %,d events in %.0f s%n", families,
                    families * 10, families * 30, families * 300, (System.nanoTime() - loadStart) / 1e9);
            Rescore rescore = server.context().getBean(Rescore.class);
            Rescore.Run run = rescore.run(UUID.randomUUID().toString(), AccountQualification.Progress.SILENT);
            System.out.printf("full re-score (cold): %,d accounts in %,d ms%n", run.accounts(), run.millis());
            run = rescore.run(UUID.randomUUID().toString(), AccountQualification.Progress.SILENT);
            System.out.printf("full re-score: %,d accounts in %,d ms (target ≤ 60,000 ms)%n", run.accounts(), run.millis());
            double pure = pureRescoreMillis(server.context(), now);
            System.out.printf("pure scorer on in-memory signals, all accounts: %,.0f ms (ratio %.1f)%n", pure, run.millis() / pure);
            List<String> ids = IntStream.range(0, 200).mapToObj(i -> BenchmarkAccounts.entity((i * 7919) % families, i % 10)).toList();
            double[] http = server.time(ids.stream().map(id -> "/api/accounts/" + id + "/score").toList(), 1000);
            AccountQualification accounts = server.context().getBean(AccountQualification.class);
            double[] direct = BenchmarkServer.timeInProcess(1000, i -> accounts.account(ids.get(Math.floorMod(i, ids.size())), Instant.now()));
            System.out.printf("single account in process (service call, no HTTP): p50 %.2f ms, p99 %.2f ms; one-statement read "
                    + "used for %d of %d%n", direct[0], direct[1], readModelHits(server.context(), ids), ids.size());
            double single = pure / run.accounts();
            System.out.printf("single account through HTTP: p50 %.2f ms, p99 %.2f ms (targets 5 / 20); pure scorer %.3f ms "
                    + "per account (ratio %.0f)%n", http[0], http[1], single, http[0] / single);
            rankedListAfterEngagements(server.context(), families);
        }
        return 0;
    }

    /**
     * The ranked list as a marketing system pushes events: the first read ranks every account; after each bundle of
     * one new engagement, the next read re-scores only the account it touched.
     */
    private static void rankedListAfterEngagements(ConfigurableApplicationContext app, int families) {
        AccountRanking ranking = app.getBean(AccountRanking.class);
        BundleIngest ingest = app.getBean(BundleIngest.class);
        AccountRanking.Filters none = new AccountRanking.Filters(null, null, null, null);
        long start = System.nanoTime();
        ranking.page(none, 0, 50, null);
        double first = (System.nanoTime() - start) / 1e6;
        int rounds = 50;
        List<Double> ingests = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            String contact = BenchmarkAccounts.contact((i * 7919) % families, i % 10, 0);
            Bundle push = Bundle.builder().add(new Bundle.Engagement("PUSH-" + i + "-" + System.nanoTime(), contact,
                    "DEMO_REQUEST", Instant.now().toString(), null, null)).build();
            long pushed = System.nanoTime();
            ingest.ingest(push);
            long read = System.nanoTime();
            ranking.page(none, 0, 50, null);
            ingests.add((read - pushed) / 1e6);
            reads.add((System.nanoTime() - read) / 1e6);
        }
        double[] ingestPercentiles = BenchmarkServer.percentiles(ingests);
        double[] readPercentiles = BenchmarkServer.percentiles(reads);
        System.out.printf("ranked list: first read (every account) %,.0f ms; after each one-engagement bundle: ingest p50 "
                + "%.1f ms, next read p50 %.1f ms, p99 %.1f ms (%d rounds)%n", first, ingestPercentiles[0],
                readPercentiles[0], readPercentiles[1], rounds);
    }

    private static long readModelHits(ConfigurableApplicationContext app, List<String> ids) {
        AccountReadModel readModel = app.getBean(AccountReadModel.class);
        return ids.stream().filter(id -> readModel.load(id, Instant.now()).isPresent()).count();
    }

    /** The pure scorer alone over signals already in memory: the floor the service's time is measured against. */
    private static double pureRescoreMillis(ConfigurableApplicationContext app, Instant now) {
        List<Families.Family> all = app.getBean(Families.class).allFamilies(now);
        ScoringModel model = app.getBean(ScoringModels.class).activeAt(now);
        SignalLoader loader = app.getBean(SignalLoader.class);
        List<Signals.Account> signals = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            signals.addAll(loader.accounts(all.subList(from, Math.min(all.size(), from + 500)), now, model));
        }
        long start = System.nanoTime();
        signals.forEach(s -> AccountScorer.score(s, model, now));
        return (System.nanoTime() - start) / 1e6;
    }
}
