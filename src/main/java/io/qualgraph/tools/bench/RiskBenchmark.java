package io.qualgraph.tools.bench;

import io.qualgraph.QualgraphApplication;
import io.qualgraph.cli.Command;
import io.qualgraph.entity.BeneficialOwnerWalk;
import io.qualgraph.risk.Regime;
import io.qualgraph.risk.RiskGraph;
import io.qualgraph.risk.RiskLevel;
import io.qualgraph.risk.RiskMaintainer;
import io.qualgraph.risk.RiskRecompute;
import io.qualgraph.risk.RiskRules;
import io.qualgraph.risk.RiskService;
import io.qualgraph.support.Graph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark-risk [ENTITIES]}: builds a synthetic graph (default 100,000 entities) in a fresh embedded database
 * in a temporary folder, times the full recompute and the incremental update after one new listing, and the pure
 * in-memory computation on the same data. Targets: full ≤ 60 s, incremental ≤ 1 s.
 */
@Component
class RiskBenchmark implements Command {

    @Override
    public String name() {
        return "benchmark-risk";
    }

    @Override
    public String usage() {
        return "benchmark-risk [ENTITIES]  — time full and incremental risk propagation on a fresh synthetic graph";
    }

    @Override
    public int run(List<String> args) throws Exception {
        int size = args.isEmpty() ? 100_000 : Math.max(100, Math.min(2_000_000, Integer.parseInt(args.get(0))));
        RiskBenchmarkGraph data = RiskBenchmarkGraph.build(size, 42);
        pure(data);
        Path dir = Files.createTempDirectory("qualgraph-risk-benchmark");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QualgraphApplication.class)
                .web(WebApplicationType.NONE).run("--qualgraph.neo4j.uri=", "--qualgraph.neo4j.data-dir=" + dir,
                        "--qualgraph.neo4j.bolt-port=0", "--qualgraph.neo4j.page-cache-mib=512", "--qualgraph.seed.enabled=false",
                        "--qualgraph.cli=false", "--qualgraph.refresh.enabled=false", "--logging.level.root=WARN")) {
            Graph graph = app.getBean(Graph.class);
            long t0 = System.nanoTime();
            load(graph, "create-entities", data.entities());
            load(graph, "create-persons", data.persons());
            load(graph, "create-stakes", data.stakes());
            load(graph, "create-flags", data.flags());
            System.out.printf("graph: %d entities, %d persons, %d stakes, %d listings loaded in %d ms (%s)%n", data.entities().size(),
                    data.persons().size(), data.stakes().size(), data.flags().size(), (System.nanoTime() - t0) / 1_000_000, dir);
            RiskRecompute.Result full = timedFull(app.getBean(RiskRecompute.class));
            incremental(graph, app.getBean(RiskMaintainer.class), app.getBean(RiskService.class), data.newlyListed());
            return full.entities() == size ? 0 : 1;
        }
    }

    private static void pure(RiskBenchmarkGraph data) {
        RiskGraph graph = data.toRiskGraph();
        List<String> ids = data.entities().stream().map(e -> (String) e.get("id")).toList();
        RiskRules.Settings settings = new RiskRules.Settings(Set.of("IR"), "benchmark list", new BeneficialOwnerWalk.Limits(10, 20_000, 0.25, 100));
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            var result = RiskRules.assess(graph, ids, LocalDate.now(), Regime.AGGREGATE, settings);
            long blocked = result.values().stream().filter(a -> a.level() == RiskLevel.BLOCKED).count();
            System.out.printf("pure in-memory assessment, run %d: %d entities (%d blocked) in %d ms%n", run + 1, ids.size(),
                    blocked, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static RiskRecompute.Result timedFull(RiskRecompute recompute) {
        long t0 = System.nanoTime();
        RiskRecompute.Result r = recompute.all();
        System.out.printf("full recompute: %d entities (%d blocked) in %d ms (load %d, compute %d, write %d) — target 60000 ms%n",
                r.entities(), r.blocked(), (System.nanoTime() - t0) / 1_000_000, r.loadMillis(), r.computeMillis(), r.writeMillis());
        return r;
    }

    private static void incremental(Graph graph, RiskMaintainer maintainer, RiskService risk, String person) {
        for (int run = 0; run < 3; run++) {
            String flag = "BR-NEW-" + run;
            long t0 = System.nanoTime();
            long written = graph.write(tx -> {
                tx.run(graph.cypher().get("tools/bench/create-flags"), Map.of("rows", List.of(Map.of("id", flag, "subject", person,
                        "type", "SANCTIONED", "listedAt", LocalDate.parse("2020-01-01"))))).consume();
                return maintainer.refresh(tx, Set.of(person), risk.today());
            });
            System.out.printf("incremental update after one new listing of %s: %d entities re-assessed and stored in %d ms — target 1000 ms%n",
                    person, written, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static void load(Graph graph, String query, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += 10_000) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + 10_000));
            graph.execute("tools/bench/" + query, Map.of("rows", batch));
        }
    }
}
