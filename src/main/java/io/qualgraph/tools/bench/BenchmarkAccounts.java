package io.qualgraph.tools.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import io.qualgraph.scoring.EngagementType;
import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.support.Graph;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Deterministic benchmark accounts: per family a parent with a chain and fan of controlled subsidiaries,
 * contacts at every member, events over 18 months, one open opportunity with a committee, intent.
 */
public final class BenchmarkAccounts {

    private static final int LOAD_FAMILIES = 500;
    static final int ENTITIES_PER_FAMILY = 10;
    static final int CONTACTS_PER_ENTITY = 3;
    static final int EVENTS_PER_CONTACT = 10;
    private static final String[] INDUSTRIES = {"Software", "Banking", "Manufacturing", "Retail", "Healthcare", "Media"};
    private static final String[] COUNTRIES = {"DE", "GB", "FR", "NL", "US", "BR"};
    private static final String[] SENIORITIES = {"C_LEVEL", "VP", "DIRECTOR", "MANAGER", "INDIVIDUAL", "INTERN"};

    private BenchmarkAccounts() {
    }

    public static String entity(int family, int member) {
        return "BF" + family + "-E" + member;
    }

    static String contact(int family, int member, int n) {
        return "BF" + family + "-E" + member + "-C" + n;
    }

    /** The jurisdiction of the family's parent (the first draw of the family's random stream in {@link #structure}). */
    static String parentCountry(int family) {
        return COUNTRIES[new SplittableRandom(family).nextInt(COUNTRIES.length)];
    }

    /** The contact's e-mail address, at the family's domain. */
    static String email(int family, int member, int n) {
        return contact(family, member, n).toLowerCase(Locale.ROOT) + "@" + BenchmarkNames.domain(family);
    }

    /** Entities, ownership, contacts, opportunities and intent of families [from, to) as one bundle. */
    public static Bundle structure(int from, int to, Instant now) {
        var bundle = Bundle.builder();
        for (int f = from; f < to; f++) {
            SplittableRandom random = new SplittableRandom(f);
            for (int m = 0; m < ENTITIES_PER_FAMILY; m++) {
                String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                bundle.add(new Bundle.Entity(entity(f, m), BenchmarkNames.name(f, m, country), null, country,
                        INDUSTRIES[random.nextInt(INDUSTRIES.length)], (long) (20 + random.nextInt(5000)), null,
                        m == 0 ? BenchmarkNames.domain(f) : null, random.nextInt(10) == 0));
                if (m > 0) {
                    int parent = m < 4 ? m - 1 : random.nextInt(m);
                    bundle.add(Bundle.Ownership.of(entity(f, parent), entity(f, m), 0.51 + random.nextInt(49) / 100.0));
                }
                for (int c = 0; c < CONTACTS_PER_ENTITY; c++) {
                    String id = contact(f, m, c);
                    bundle.add(new Bundle.Contact(id, entity(f, m), "Contact " + id, email(f, m, c),
                            null, SENIORITIES[random.nextInt(SENIORITIES.length)], "IT"));
                }
            }
            String created = now.minusSeconds(86_400L * (10 + random.nextInt(60))).toString();
            bundle.add(new Bundle.Opportunity("BF" + f + "-O", entity(f, 0), null, "OPEN", 50_000.0, created, null,
                    List.of(new Bundle.CommitteeSeat(null, contact(f, 0, 0), "ECONOMIC_BUYER"),
                            new Bundle.CommitteeSeat(null, contact(f, 1, 0), "TECHNICAL_EVALUATOR"))));
            bundle.add(new Bundle.Intent("BF" + f + "-I", entity(f, 0), "scoring", random.nextDouble(),
                    now.minusSeconds(86_400L * random.nextInt(120)).toString(), "benchmark"));
        }
        return bundle.build();
    }

    /** Events of families [from, to), spread over 540 days before {@code now}, to {@code sink} in rows. */
    public static void events(int from, int to, Instant now, Consumer<List<Map<String, Object>>> sink) {
        EngagementType[] types = EngagementType.values();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int f = from; f < to; f++) {
            SplittableRandom random = new SplittableRandom(31L * f + 7);
            for (int m = 0; m < ENTITIES_PER_FAMILY; m++) {
                for (int c = 0; c < CONTACTS_PER_ENTITY; c++) {
                    for (int e = 0; e < EVENTS_PER_CONTACT; e++) {
                        String contact = contact(f, m, c);
                        rows.add(Map.of("id", contact + "-V" + e, "contact", contact,
                                "type", types[random.nextInt(types.length)].name(),
                                "at", now.minusSeconds(random.nextLong(540L * 86_400)).atZone(ZoneOffset.UTC)));
                    }
                }
            }
        }
        sink.accept(rows);
    }

    /** Builds families [0, {@code families}) in the instance's database, 500 at a time, saying how far it got. */
    public static void load(ConfigurableApplicationContext app, int families, Instant now) {
        BundleIngest ingest = app.getBean(BundleIngest.class);
        Graph graph = app.getBean(Graph.class);
        String create = graph.cypher().get("tools/bench/create-engagements");
        for (int from = 0; from < families; from += LOAD_FAMILIES) {
            int to = Math.min(families, from + LOAD_FAMILIES);
            ingest.ingest(BenchmarkAccounts.structure(from, to, now));
            BenchmarkAccounts.events(from, to, now, rows -> graph.write(tx -> tx.run(create, Map.of("rows", rows)).consume()));
            if (to % 2000 == 0 || to == families) {
                System.out.printf("  … %,d families loaded%n", to);
            }
        }
    }
}
