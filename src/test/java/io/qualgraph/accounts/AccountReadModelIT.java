package io.qualgraph.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.Problem;
import io.qualgraph.tools.bench.BenchmarkAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one-statement read of a single account answers exactly what the general read (batch statements in one
 * transaction) answers, and declines the days it cannot answer for.
 */
@IntegrationTest
class AccountReadModelIT {

    private static final int FAMILIES = 12;
    private static final int FIRST = 900_000;
    private static boolean loaded;

    @Autowired
    BundleIngest ingest;
    @Autowired
    AccountQualification accounts;
    @Autowired
    AccountReadModel readModel;
    @Autowired
    Clock clock;

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        Instant now = clock.instant();
        Bundle structure = BenchmarkAccounts.structure(FIRST, FIRST + FAMILIES, now);
        var bundle = Bundle.builder();
        structure.entities().forEach(bundle::add);
        structure.ownership().forEach(bundle::add);
        structure.contacts().forEach(bundle::add);
        structure.opportunities().forEach(bundle::add);
        structure.intent().forEach(bundle::add);
        BenchmarkAccounts.events(FIRST, FIRST + FAMILIES, now, rows -> rows.forEach(r -> bundle.add(new Bundle.Engagement(
                (String) r.get("id"), (String) r.get("contact"), (String) r.get("type"), r.get("at").toString(), null, null))));
        bundle.add(new Bundle.Person("ARM-P1", "Listed Owner", "DE", false));
        bundle.add(new Bundle.Ownership("ARM-P1", BenchmarkAccounts.entity(FIRST + 1, 2), 0.9, null, null, "2020-01-01", null, null));
        bundle.add(new Bundle.RiskFlag("ARM-F1", "ARM-P1", "SANCTIONED", null, "test list", "2021-01-01", null));
        ingest.ingest(bundle.build());
        loaded = true;
    }

    static Stream<String> members() {
        return IntStream.range(FIRST, FIRST + FAMILIES).boxed()
                .flatMap(f -> Stream.of(BenchmarkAccounts.entity(f, 0), BenchmarkAccounts.entity(f, 7)));
    }

    @ParameterizedTest
    @MethodSource("members")
    void one_statement_answers_what_the_general_read_answers(String entityId) {
        Instant now = clock.instant();
        assertThat(readModel.load(entityId, now)).as("the read model holds today").isPresent();
        assertThat(accounts.account(entityId, now)).isEqualTo(accounts.accountInOneTransaction(entityId, now));
    }

    @Test
    void a_listed_owner_in_the_family_blocks_it_through_the_stored_levels() {
        AccountAnswer answer = accounts.account(BenchmarkAccounts.entity(FIRST + 1, 0), clock.instant());
        assertThat(answer.riskLevel().name()).isEqualTo("BLOCKED");
        assertThat(answer.outcome().name()).isEqualTo("DISQUALIFIED_FOR_NOW");
    }

    @Test
    void a_past_day_is_read_the_general_way_because_stored_levels_are_for_today() {
        Instant lastMonth = clock.instant().minus(Duration.ofDays(30));
        String entityId = BenchmarkAccounts.entity(FIRST + 3, 5);
        assertThat(readModel.load(entityId, lastMonth)).isEmpty();
        assertThat(accounts.account(entityId, lastMonth).asOf()).isEqualTo(lastMonth);
    }

    @Test
    void an_unknown_id_is_not_found() {
        assertThatThrownBy(() -> readModel.load("ARM-NOPE", clock.instant())).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_FOUND));
    }
}
