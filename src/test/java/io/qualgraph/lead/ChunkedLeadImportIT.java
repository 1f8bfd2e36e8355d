package io.qualgraph.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleBuilder;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.ingest.ChunkedImport;
import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.NewLeadsWriter;
import io.qualgraph.support.Problem;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A chunked import resolves its leads as they resolve posted one by one: a lead sees the contacts and leads that
 * earlier chunks wrote (a duplicate across two chunks, a new e-mail of chunk 1 that became a contact and comes again in
 * chunk 2, a family that gained a contact) and the entities an earlier chunk of the same import wrote; within one
 * chunk the earlier of two leads of one new person makes the contact, whatever the row order (ADR 0026). Each chunk
 * takes the entity and name candidates read ahead while the chunk before it was written, unless entities changed
 * meanwhile (ADR 0030).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChunkedLeadImportIT {

    private static final Instant FIRST = Instant.parse("2026-11-02T08:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    ChunkedImport importer;

    @Autowired
    BundleIngest ingest;

    @Autowired
    Driver driver;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    void accounts() {
        ingest.ingest(Bundle.builder()
                .add(entity("CLI-HQ", "Brennholt Holding AG", "DE", "cli-hq.example"))
                .add(entity("CLI-SUB", "Brennholt Tools GmbH", "DE", null))
                .add(entity("CLI-FEW", "Kestrelhof Few SARL", "FR", "cli-split.example"))
                .add(entity("CLI-MANY", "Kestrelhof Many SL", "ES", "cli-split.example"))
                .add(entity("CLI-WEB", "Webbing Things Ltd", "GB", "cli-web.example"))
                .add(Bundle.Ownership.of("CLI-HQ", "CLI-SUB", 1.0))
                .add(new Bundle.Contact("CLI-C1", "CLI-SUB", "Known Person", "known@cli-hq.example", null, null, null))
                .add(new Bundle.Contact("CLI-F1", "CLI-FEW", "Few One", "f1@cli-split.example", null, null, null))
                .add(new Bundle.Contact("CLI-M1", "CLI-MANY", "Many One", "m1@cli-split.example", null, null, null))
                .build());
    }

    /** Three chunks of three; every repeat falls into a later chunk than the lead it repeats. */
    private static List<Bundle.Lead> leads(String prefix) {
        return List.of(
                lead(prefix + "1", null, "new.person@cli-hq.example", null, null, "DE", 0),
                lead(prefix + "2", null, "known@cli-hq.example", null, null, null, 1),
                lead(prefix + "3", null, "cli.ops@gmail.com", "BRENNHOLT TOOLS", null, "DE", 2),
                lead(prefix + "4", null, "new.person@cli-hq.example", null, null, "DE", 3),
                lead(prefix + "5", null, "first@cli-split.example", null, null, null, 4),
                lead(prefix + "6", "CLI-C1", null, null, null, null, 5),
                lead(prefix + "7", null, "cli.ops@gmail.com", "Brennholt Tools", null, "DE", 6),
                lead(prefix + "8", null, "second@cli-split.example", null, null, null, 7),
                lead(prefix + "9", null, "cli.web@gmail.com", null, "https://www.cli-web.example/x", null, 8));
    }

    @Test
    void a_chunked_import_resolves_each_lead_as_posting_them_one_by_one_does() {
        for (Bundle.Lead lead : leads("CLI-L")) {
            Api.Answer answer = new Api(port).post("/api/leads", TestKeys.ADMIN, Api.json().writeValueAsString(lead));
            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        }
        Map<String, List<Object>> oneByOne = outcomes("CLI-L");
        forget("CLI-L");

        BundleBuilder bundle = Bundle.builder();
        leads("CLI-L").forEach(bundle::add);
        double[] readAheads = {readAheads(true), readAheads(false)};
        importer.run(bundle.build(), 0, 3, (done, total) -> { });
        Map<String, List<Object>> chunked = outcomes("CLI-L");

        assertThat(chunked).isEqualTo(oneByOne);
        assertThat(readAheads(true) - readAheads[0]).as("each chunk took the entity and name steps read ahead")
                .isEqualTo(3);
        assertThat(readAheads(false) - readAheads[1]).isZero();
        assertThat(chunked.get("CLI-L4")).as("a new e-mail of chunk 1, a contact when it comes again in chunk 2")
                .startsWith("EMAIL", "CLI-HQ", 1.0, "CLI-L1", "C-CLI-L1");
        assertThat(chunked.get("CLI-L7")).startsWith("EMAIL", "CLI-SUB", 1.0, "CLI-L3", "C-CLI-L3");
        assertThat(chunked.get("CLI-L8").get(6).toString()).as("the family that gained a contact in chunk 2")
                .contains("its family has the most contacts (2)");
        assertThat(chunked.get("CLI-L5").get(6).toString()).contains("lowest id among equals");
    }

    /**
     * A write of leads only resolves its new leads before storing them (ADR 0029); a write with any other row stores
     * its leads first and resolves them afterwards. Both must give every lead the same outcome, also when the leads of
     * one write repeat each other (the duplicate rule) or name the same new person (one contact).
     */
    @Test
    void new_leads_resolved_before_they_are_stored_resolve_as_stored_leads_do() {
        forget("CLI-L"); // the other tests' leads made contacts with these e-mails
        BundleBuilder stored = Bundle.builder();
        leads("CLI-S").forEach(stored::add);
        stored.add(entity("CLI-WEB", "Webbing Things Ltd", "GB", "cli-web.example")); // unchanged: an other row
        ingest.ingest(stored.build());
        Map<String, List<Object>> storedFirst = outcomes("CLI-S");
        forget("CLI-S");

        BundleBuilder leadsOnly = Bundle.builder();
        leads("CLI-S").forEach(leadsOnly::add);
        ingest.ingest(leadsOnly.build());
        Map<String, List<Object>> resolvedFirst = outcomes("CLI-S");

        assertThat(resolvedFirst).isEqualTo(storedFirst);
        assertThat(resolvedFirst.get("CLI-S4")).as("the same new person twice in one write: one contact, made by the first")
                .startsWith("EMAIL_DOMAIN", "CLI-HQ", 0.95, "CLI-S1", "C-CLI-S1");
        assertThat(resolvedFirst.get("CLI-S4").get(5)).as("made by CLI-S4").isEqualTo(false);
        assertThat(resolvedFirst.get("CLI-S7")).as("a repeat of a lead of the same write").contains("CLI-S3");
        forget("CLI-S");
    }

    /** New leads of a write of leads only are resolved from their rows before they are stored: nothing is read back. */
    @Test
    void each_chunk_s_write_and_its_resolution_steps_are_timed_for_operators() {
        Map<String, Long> before = timed();
        Bundle four = Bundle.builder()
                .add(lead("CLI-X1", null, "x1@cli-hq.example", null, null, "DE", 30))
                .add(lead("CLI-X2", null, "x2@cli-hq.example", null, null, "DE", 31))
                .add(lead("CLI-X3", null, "cli.x3@gmail.com", "Brennholt Tools", null, "DE", 32))
                .add(lead("CLI-X4", null, "known@cli-hq.example", null, null, null, 33))
                .build();
        importer.run(four, 0, 2, (done, total) -> { });
        Map<String, Long> after = timed();
        after.forEach((part, count) -> assertThat(count - before.get(part)).as(part + ", once a chunk")
                .isEqualTo(part.equals(ResolutionTimer.READ_BACK) ? 0 : 2));
    }

    /**
     * Entity and name candidates read ahead for a chunk (ADR 0030) are not taken once a write changed legal entities
     * after the read began: the chunk reads for itself and resolves against the entities as they now stand.
     */
    @Test
    void entities_read_ahead_are_not_taken_once_a_write_changed_entities() {
        ingest.ingest(Bundle.builder().add(entity("CLI-OLD", "Oldhaven GmbH", "DE", "cli-move.example")).build());
        Bundle lead = Bundle.builder().add(lead("CLI-R1", null, "r1@cli-move.example", null, null, null, 40)).build();
        double[] before = {readAheads(true), readAheads(false)};

        NewLeadsWriter.ReadAhead ahead = ingest.readAhead(lead, 0);
        ingest.ingest(Bundle.builder()
                .add(entity("CLI-OLD", "Oldhaven GmbH", "DE", "cli-old.example"))
                .add(entity("CLI-NEW", "Newhaven GmbH", "DE", "cli-move.example"))
                .build());
        ingest.write(lead, 0, ahead);

        assertThat(outcomes("CLI-R").get("CLI-R1")).as("the domain's holder since the entity write")
                .startsWith("EMAIL_DOMAIN", "CLI-NEW");
        assertThat(readAheads(false) - before[1]).isEqualTo(1);
        assertThat(readAheads(true) - before[0]).isZero();
    }

    /**
     * The first chunk's read-ahead begins before the bundle is validated; a bad row still makes the whole import a 400
     * problem naming the field, and nothing is written.
     */
    @Test
    void an_import_with_a_bad_lead_row_writes_nothing_though_its_first_chunk_was_read_ahead() {
        Bundle bad = Bundle.builder()
                .add(lead("CLI-B1", null, "b1@cli-hq.example", null, null, "DE", 50))
                .add(new Bundle.Lead("CLI-B2", null, "b2@cli-hq.example", "Person B2", null, null, null, null, null,
                        null, null, null, "INBOUND_FORM", "not a date", null, null, null))
                .build();

        assertThatThrownBy(() -> importer.run(bad, 0, 1, (done, total) -> { }))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.errors())
                        .extracting(Problem.FieldError::path).containsExactly("$.leads[1].createdAt"));
        assertThat(outcomes("CLI-B")).isEmpty();
    }

    private double readAheads(boolean taken) {
        return meters.get(ResolutionTimer.READ_AHEAD).tag("taken", Boolean.toString(taken)).counter().count();
    }

    /** How many times each part of a bundle write and each step of resolution inside it has been timed so far. */
    private Map<String, Long> timed() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String part : List.of("rows", "derived", "commit")) {
            counts.put(part, meters.get(BundleIngest.TIMER).tag("part", part).timer().count());
        }
        for (String step : List.of(ResolutionTimer.READ_BACK, ResolutionTimer.CANDIDATES, ResolutionTimer.OUTCOME)) {
            counts.put(step, meters.get(ResolutionTimer.NAME).tag("step", step).timer().count());
        }
        return counts;
    }

    @Test
    void of_two_leads_of_one_new_person_in_one_chunk_the_earlier_makes_the_contact_whatever_the_row_order() {
        Bundle twins = Bundle.builder()
                .add(lead("CLI-T2", null, "twin@cli-hq.example", null, null, "DE", 20))
                .add(lead("CLI-T1", null, "twin@cli-hq.example", null, null, "DE", 19))
                .build();
        importer.run(twins, 0, 10, (done, total) -> { });
        Map<String, List<Object>> outcomes = outcomes("CLI-T");
        assertThat(outcomes.get("CLI-T1")).startsWith("EMAIL_DOMAIN", "CLI-HQ", 0.95, null, "C-CLI-T1", true);
        assertThat(outcomes.get("CLI-T2")).startsWith("EMAIL_DOMAIN", "CLI-HQ", 0.95, "CLI-T1", "C-CLI-T1", false);
    }

    @Test
    void a_lead_in_the_chunk_after_the_entity_it_names_resolves_to_it() {
        Bundle bundle = Bundle.builder()
                .add(entity("CLI-N1", "Nordwind Eins GmbH", "DE", "cli-n1.example"))
                .add(entity("CLI-N2", "Nordwind Zwei GmbH", "DE", "cli-n2.example"))
                .add(entity("CLI-N3", "Nordwind Drei GmbH", "DE", "cli-n3.example"))
                .add(lead("CLI-N-L1", null, "a@cli-n3.example", null, null, null, 30))
                .add(lead("CLI-N-L2", null, "b@cli-n1.example", null, null, null, 31))
                .build();
        importer.run(bundle, 0, 2, (done, total) -> { });
        Map<String, List<Object>> outcomes = outcomes("CLI-N-L");
        assertThat(outcomes.get("CLI-N-L1")).startsWith("EMAIL_DOMAIN", "CLI-N3");
        assertThat(outcomes.get("CLI-N-L2")).startsWith("EMAIL_DOMAIN", "CLI-N1");
    }

    /** Per lead: method, entity, confidence, duplicateOf, contact, made by this lead, evidence, alternatives, employer. */
    private Map<String, List<Object>> outcomes(String prefix) {
        Map<String, List<Object>> outcomes = new LinkedHashMap<>();
        driver.executableQuery("""
                MATCH (l:Lead) WHERE l.id STARTS WITH $prefix
                OPTIONAL MATCH (l)-[:ABOUT]->(c:Contact)
                OPTIONAL MATCH (c)-[:WORKS_AT]->(e:LegalEntity)
                RETURN l.id AS id, l.matchMethod AS method, l.matchEntity AS entity, l.matchConfidence AS confidence,
                       l.duplicateOf AS duplicateOf, c.id AS contact, c.fromLead = l.id AS made,
                       l.matchEvidence AS evidence, l.matchAlternatives AS alternatives, e.id AS employer
                ORDER BY id
                """).withParameters(Map.of("prefix", prefix)).execute().records().forEach(r -> {
                    List<Object> outcome = new ArrayList<>();
                    for (String column : List.of("method", "entity", "confidence", "duplicateOf", "contact", "made",
                            "evidence", "alternatives", "employer")) {
                        outcome.add(r.get(column).asObject());
                    }
                    outcomes.put(r.get("id").asString(), outcome);
                });
        return outcomes;
    }

    /** Removes the leads and the contacts they made, so that the same leads can come again. */
    private void forget(String prefix) {
        driver.executableQuery("MATCH (l:Lead) WHERE l.id STARTS WITH $prefix DETACH DELETE l")
                .withParameters(Map.of("prefix", prefix)).execute();
        driver.executableQuery("MATCH (c:Contact) WHERE c.fromLead STARTS WITH $prefix DETACH DELETE c")
                .withParameters(Map.of("prefix", prefix)).execute();
    }

    private static Bundle.Entity entity(String id, String name, String jurisdiction, String domain) {
        return new Bundle.Entity(id, name, null, jurisdiction, null, null, null, domain, null);
    }

    private static Bundle.Lead lead(String id, String contact, String email, String company, String website,
            String country, int hour) {
        return new Bundle.Lead(id, contact, email, "Person " + id, "Head of IT", null, null, null, company, website,
                country, null, contact == null ? "INBOUND_FORM" : "OUTBOUND", FIRST.plusSeconds(3600L * hour).toString(),
                null, null, null);
    }
}
