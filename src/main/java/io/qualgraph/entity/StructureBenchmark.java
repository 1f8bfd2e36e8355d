package io.qualgraph.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.qualgraph.cli.Command;
import io.qualgraph.support.BenchmarkServer;
import io.qualgraph.support.Graph;
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
        return "[REQUESTS] — times the structure call on 10 / 100,000-member families and a 100,000-subsidiary holding (fresh embedded database)";
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
                double[] direct = direct(server.context(), g.target(), requests);
                System.err.printf("%s: %d requests; in-process service call p50 %.2fms p99 %.2fms%n", g.name(), requests, direct[0], direct[1]);
                double oracle = oracleP50(g, requests);
                System.out.printf("%-8s %9d %-22s %7.2fms %7.2fms %9.3fms %7.1f%n", g.name(), g.entities().size(), g.target(),
                        http[0], http[1], oracle, http[0] / oracle);
            }
        }
        return 0;
    }

    private static String path(BenchmarkGraph g) {
        return "/api/entities/" + g.target() + "/structure";
    }

    private static void load(ConfigurableApplicationContext app, BenchmarkGraph g) {
        Graph graph = app.getBean(Graph.class);
        FamilyMaintainer maintainer = app.getBean(FamilyMaintainer.class);
        for (int from = 0; from < g.entities().size(); from += 20_000) {
            List<String> batch = g.entities().subList(from, Math.min(g.entities().size(), from + 20_000));
            graph.write(tx -> tx.run("UNWIND $ids AS id MERGE (e:LegalEntity {id: id}) SET e.name = id", Map.of("ids", batch)).consume());
        }
        graph.write(tx -> tx.run("UNWIND $ids AS id MERGE (p:Person {id: id}) SET p.name = id", Map.of("ids", g.persons())).consume());
        for (boolean persons : new boolean[] {false, true}) {
            List<Map<String, Object>> rows = g.stakes().stream().filter(s -> s.ownerIsPerson() == persons)
                    .map(s -> Map.<String, Object>of("owner", s.ownerId(), "owned", s.ownedId(), "share", s.share())).toList();
            String statement = "UNWIND $rows AS r MATCH (o:" + (persons ? "Person" : "LegalEntity") + " {id: r.owner}) "
                    + "MATCH (x:LegalEntity {id: r.owned}) MERGE (o)-[s:OWNS]->(x) SET s.share = r.share";
            for (int from = 0; from < rows.size(); from += 20_000) {
                List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + 20_000));
                graph.write(tx -> tx.run(statement, Map.of("rows", batch)).consume());
            }
        }
        graph.write(tx -> maintainer.refresh(tx, new TreeSet<>(List.of(g.entities().get(0)))));
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

    private static double[] direct(ConfigurableApplicationContext app, String target, int requests) {
        StructureService service = app.getBean(StructureService.class);
        List<Double> millis = new ArrayList<>();
        for (int i = -requests; i < requests; i++) {
            long start = System.nanoTime();
            service.structure(target, Instant.now());
            if (i >= 0) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return BenchmarkServer.percentiles(millis);
    }
}
