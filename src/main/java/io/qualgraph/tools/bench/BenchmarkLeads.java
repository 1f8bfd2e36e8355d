package io.qualgraph.tools.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import io.qualgraph.ingest.Bundle;

/**
 * Deterministic leads against the benchmark families, in the mix a form and a CRM hand over: known people by e-mail
 * (35%), new people at a family's domain (25%), personal e-mail addresses naming the company (20%), outbound leads
 * naming a CRM contact (10%), unknown companies (5%) and the same e-mail again minutes later (5%).
 */
final class BenchmarkLeads {

    private static final String[] TITLES = {"Head of IT", "CFO", "IT Manager", "VP Operations", "Procurement Lead",
        "Software Engineer", "Director of Finance", "Student"};
    private static final String[] SOURCES = {"INBOUND_FORM", "WEBINAR", "EVENT", "CONTENT_DOWNLOAD", "TRIAL"};
    private static final String[] PERSONAL = {"gmail.com", "outlook.com", "web.de"};

    private BenchmarkLeads() {
    }

    /** Lead {@code n} of a run named {@code run}; {@code createdAt} null means "now" to intake. */
    static Bundle.Lead lead(String run, long n, int families, Instant createdAt) {
        SplittableRandom random = draws(n);
        int family = random.nextInt(families);
        int member = random.nextInt(BenchmarkAccounts.ENTITIES_PER_FAMILY);
        String id = "BENCH-" + run + "-L" + n;
        String title = TITLES[random.nextInt(TITLES.length)];
        String source = SOURCES[random.nextInt(SOURCES.length)];
        String at = createdAt == null ? null : createdAt.toString();
        int kind = (int) (n % 20);
        if (kind < 7) {
            return form(id, BenchmarkAccounts.email(family, member, random.nextInt(BenchmarkAccounts.CONTACTS_PER_ENTITY)),
                    title, null, null, source, at);
        }
        if (kind < 12) {
            return form(id, newPerson(run, n, family), title, null, null, source, at);
        }
        if (kind < 16) {
            boolean parent = kind % 2 == 0;
            return form(id, "p" + run.toLowerCase() + n + "@" + PERSONAL[random.nextInt(PERSONAL.length)], title,
                    BenchmarkNames.typed(family, parent ? 0 : member, kind == 13),
                    parent ? BenchmarkAccounts.parentCountry(family) : null, source, at);
        }
        if (kind < 18) {
            return new Bundle.Lead(id, BenchmarkAccounts.contact(family, member, 0), null, null, null, null, null, null,
                    null, null, null, null, "OUTBOUND", at, null, null, null);
        }
        if (kind < 19) {
            return form(id, "x" + n + "@unknown" + run.toLowerCase() + n + ".example", title, "Zephyr Quantum " + n,
                    null, source, at);
        }
        return form(id, newPerson(run, n - 12, draws(n - 12).nextInt(families)), title, null, null, source, at);
    }

    /** {@code count} leads spread evenly over the 90 days before {@code now}, oldest first. */
    static Bundle all(String run, int count, int families, Instant now) {
        return all(run, 0, count, families, now);
    }

    /**
     * Leads {@code first} to {@code first + count - 1} of a run, spread evenly over the 90 days before {@code until},
     * oldest first. {@code first} should be a multiple of 20 to keep the mix of kinds.
     */
    static Bundle all(String run, long first, int count, int families, Instant until) {
        var bundle = Bundle.builder();
        Duration step = Duration.ofDays(90).dividedBy(Math.max(1, count));
        Instant from = until.minus(Duration.ofDays(90));
        for (int n = 0; n < count; n++) {
            bundle.add(lead(run, first + n, families, from.plus(step.multipliedBy(n))));
        }
        return bundle.build();
    }

    /** Lead {@code n}'s random stream; its first draw is the lead's family. */
    private static SplittableRandom draws(long n) {
        return new SplittableRandom(n * 7919 + 13);
    }

    private static String newPerson(String run, long n, int family) {
        return "new." + run.toLowerCase() + n + "@" + BenchmarkNames.domain(family);
    }

    private static Bundle.Lead form(String id, String email, String title, String company, String country, String source,
            String createdAt) {
        return new Bundle.Lead(id, null, email, "Person " + id.substring(id.lastIndexOf('L') + 1), title, null, null,
                null, company, null, country, null, source, createdAt, null, null, null);
    }
}
