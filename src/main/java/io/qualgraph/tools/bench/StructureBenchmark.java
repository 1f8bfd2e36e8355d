package io.qualgraph.tools.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.qualgraph.cli.Command;
import io.qualgraph.entity.FamilyMaintainer;
import io.qualgraph.entity.StructureService;
import io.qualgraph.support.Graph;
import io.qualgraph.tools.oracle.ReferenceOwnership;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark-structure [requests]}: builds a 10-member family, a 100,000-member family and a holding with
 * 100,000 direct subsidiaries in a fresh embedded database, serves the API on loopback, and prints p50/p99 of
 * {@code GET /api/entities/{id}/structure} next to the reference implementation's time on the same graph.
 */
@Component
class StructureBenchmark implements Command {

    private final ConfigurableApplicationContext context;
    private final String largeSize;

    StructureBenchmark(ConfigurableApplicationContext context, @Value("${qualgraph.benchmark.large-size:100000}") String largeSize) {
        this.context = context;
        this.largeSize = largeSize;
    }

    @Override
    public String name() {
        return "benchmark-structure";
    }

    @Override
    public String usage() {
        return "[REQUESTS] — times the structure call on 10 / 100,000-member families and a 100,000-subsidiary holding, and that "
                + "holding's paged subsidiaries call (fresh embedded database)";
    }

    @Override
    public int run(List<String> args) throws Exception {
        int requests = args.isEmpty() ? 500 : Math.max(10, Math.min(100_000, Integer.parseInt(args.get(0))));
        int large = Integer.parseInt(largeSize);
        List<BenchmarkGraph> graphs = List.of(BenchmarkGraph.family("SMALL", 10, 3), BenchmarkGraph.family("FAMILY", large, 10),
                BenchmarkGraph.holding("HOLDING", large));
        try (BenchmarkServer server = BenchmarkServer.start(context, 512)) {
            for (BenchmarkGraph g : graphs) {
                long built = System.nanoTime();
                load(server.context(), g);
                System.err.printf("built %s (%d entities) in %.1f s%n", g.name(), g.entities().size(), (System.nanoTime() - built) / 1e9);
            }
            System.out.printf("%-8s %9s %-22s %9s %9s %11s %7s%n", "graph", "entities", "target", "http p50", "http p99", "oracle p50", "ratio");
            for (BenchmarkGraph g : graphs) {
                double[] http = server.time(List.of(path(g)), requests);
                StructureService service = server.context().getBean(StructureService.class);
                double[] direct = BenchmarkServer.timeInProcess(requests, i -> service.structure(g.target(), Instant.now()));
                System.err.printf("%s: %d requests; in-process service call p50 %.2fms p99 %.2fms%n", g.name(), requests, direct[0], direct[1]);
                double oracle = oracleP50(g, requests);
                System.out.printf("%-8s %9d %-22s %7.2fms %7.2fms %9.3fms %7.1f%n", g.name(), g.entities().size(), g.target(),
                        http[0], http[1], oracle, http[0] / oracle);
            }
            BenchmarkGraph holding = graphs.get(2);
            int last = (holding.entities().size() - 2) / 1000;
            double[] page = server.time(List.of("/api/entities/" + holding.target() + "/subsidiaries?size=1000&page=" + last),
                    Math.min(requests, 200));
            System.out.printf("HOLDING subsidiaries, last page of 1,000 in id order: http p50 %.2fms p99 %.2fms%n", page[0], page[1]);
        }
        return 0;
    }

    private static String path(BenchmarkGraph g) {
        return "/api/entities/" + g.target() + "/structure";
    }

    private static void load(ConfigurableApplicationContext app, BenchmarkGraph g) {
        Graph graph = app.getBean(Graph.class);
        create(graph, "create-entities", g.entities().stream().map(id -> Map.<String, Object>of("id", id)).toList());
        create(graph, "create-persons", g.persons().stream().map(id -> Map.<String, Object>of("id", id)).toList());
        create(graph, "create-stakes", g.stakes().stream()
                .map(s -> Map.<String, Object>of("owner", s.ownerId(), "owned", s.ownedId(), "share", s.share())).toList());
        FamilyMaintainer maintainer = app.getBean(FamilyMaintainer.class);
        graph.write(tx -> maintainer.refresh(tx, new TreeSet<>(List.of(g.entities().get(0)))));
    }

    private static void create(Graph graph, String statement, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += 20_000) {
            graph.execute("tools/bench/" + statement, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + 20_000))));
        }
    }

    private static double oracleP50(BenchmarkGraph g, int requests) {
        ReferenceOwnership reference = new ReferenceOwnership(g.entities(), g.persons(), g.stakes());
        LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
        int runs = Math.max(5, Math.min(requests, g.entities().size() > 1000 ? 30 : requests));
        double[] times = new double[runs];
        for (int i = -runs / 2; i < runs; i++) {
            long start = System.nanoTime();
            reference.answer(g.target(), today, 10, 0.25);
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
