package io.qualgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReasonSummaryTests {

    private static final Instant DAY = Instant.parse("2026-10-01T09:00:00Z");
    private static final Map<String, ReasonSummary.Person> PEOPLE = Map.of(
            "C1", new ReasonSummary.Person("Vera Vogel", "VP Engineering"),
            "C2", new ReasonSummary.Person("Sam Student", null));

    private static Reason event(String type, double points, String contact, String eventId, int day) {
        return new Reason("EVENT_" + type, points, type + " (" + eventId + ") by " + contact,
                new Reason.Source(contact, eventId, DAY.plusSeconds(86_400L * day), 0.5, "E1", List.of("E1")));
    }

    private static Reason rule(String code, double points, String contact) {
        return new Reason(code, points, code + " row", contact == null ? Reason.Source.entity("E1")
                : new Reason.Source(contact, null, null, null, "E1", List.of("E1")));
    }

    private static final List<Reason> LEDGER = List.of(
            rule("FIT_INDUSTRY", 12, null),
            event("PRICING_PAGE_VISIT", 4.5, "C1", "V1", 3),
            event("DEMO_REQUEST", 25, "C1", "V2", 1),
            event("PRICING_PAGE_VISIT", 3.2, "C1", "V3", 9),
            event("PRICING_PAGE_VISIT", 5, "C2", "V4", 2),
            rule("NON_BUYER_SHARE", -4.5, "C2"),
            rule("TIER_T2", 0, null));

    @Test
    void condensing_merges_a_contacts_events_of_one_type_and_keeps_every_other_row() {
        List<Reason> rows = ReasonSummary.condensed(LEDGER, PEOPLE);
        assertThat(rows).extracting(Reason::code).containsExactly("FIT_INDUSTRY", "EVENT_PRICING_PAGE_VISIT",
                "EVENT_DEMO_REQUEST", "EVENT_PRICING_PAGE_VISIT", "NON_BUYER_SHARE", "TIER_T2");
        Reason merged = rows.get(1);
        assertThat(merged.points()).isEqualTo(7.7);
        assertThat(merged.detail()).contains("2 × pricing page visit by Vera Vogel", "latest on 2026-10-10", "reasons=full");
        assertThat(merged.source().contactId()).isEqualTo("C1");
        assertThat(merged.source().eventId()).isNull();
        assertThat(rows.get(2)).as("a single event keeps its row").isEqualTo(LEDGER.get(2));
        assertThat(rows.get(3)).as("another contact's visits stay apart").isEqualTo(LEDGER.get(4));
        assertThat(tenths(rows)).isEqualTo(tenths(LEDGER));
    }

    @Test
    void the_summary_names_people_and_puts_the_heaviest_groups_first() {
        List<ReasonSummary.Line> lines = ReasonSummary.summarize(LEDGER, PEOPLE);
        assertThat(lines).extracting(ReasonSummary.Line::code).containsExactly("EVENT_DEMO_REQUEST", "FIT_INDUSTRY",
                "EVENT_PRICING_PAGE_VISIT", "EVENT_PRICING_PAGE_VISIT", "NON_BUYER_SHARE");
        assertThat(lines.get(0).text()).isEqualTo("Vera Vogel (VP Engineering): 1 × demo request");
        assertThat(lines.get(0).contactName()).isEqualTo("Vera Vogel");
        assertThat(lines.get(0).contactTitle()).isEqualTo("VP Engineering");
        assertThat(lines.get(1).text()).isEqualTo("FIT_INDUSTRY row");
        assertThat(lines.get(2).points()).isEqualTo(7.7);
        assertThat(lines.get(2).rows()).isEqualTo(2);
        assertThat(lines.get(4).text()).isEqualTo("Sam Student: NON_BUYER_SHARE row");
        assertThat(lines).noneMatch(l -> l.code().equals("TIER_T2"));
    }

    @Test
    void the_breakdown_gives_each_part_its_rows_net_points() {
        List<ReasonSummary.Part> parts = ReasonSummary.breakdown(LEDGER);
        assertThat(parts).extracting(ReasonSummary.Part::part).containsExactly(ScorePart.FIT, ScorePart.ENGAGEMENT,
                ScorePart.OTHER);
        assertThat(parts.get(0).points()).isEqualTo(12);
        assertThat(parts.get(1).points()).as("events net of the non-buyer's share").isEqualTo(33.2);
        assertThat(parts.get(1).rows()).isEqualTo(5);
        assertThat(parts.get(2).points()).isZero();
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 50).boxed();
    }

    /** Random ledgers: condensing and the breakdown never change the total, and the summary is at most five groups, heaviest first. */
    @ParameterizedTest
    @MethodSource("seeds")
    void condensing_keeps_the_total_and_the_summary_is_short_and_ordered(long seed) {
        Random random = new Random(seed);
        List<Reason> ledger = new ArrayList<>();
        String[] types = {"PRICING_PAGE_VISIT", "DEMO_REQUEST", "EMAIL_CLICK", "UNSUBSCRIBE"};
        for (int i = 0; i < random.nextInt(200); i++) {
            double points = Math.round((random.nextDouble() * 30 - 8) * 10) / 10.0;
            ledger.add(random.nextInt(5) == 0 ? rule("RULE_" + random.nextInt(3), points, random.nextBoolean() ? null : "C1")
                    : event(types[random.nextInt(types.length)], points, "C" + random.nextInt(4), "V" + i,
                            random.nextInt(60)));
        }
        List<Reason> rows = ReasonSummary.condensed(ledger, PEOPLE);
        assertThat(tenths(rows)).isEqualTo(tenths(ledger));
        assertThat(rows.size()).isLessThanOrEqualTo(ledger.size());
        assertThat(Math.round(ReasonSummary.breakdown(ledger).stream().mapToDouble(ReasonSummary.Part::points).sum() * 10))
                .as("the parts add up to the ledger").isEqualTo(tenths(ledger));
        List<ReasonSummary.Line> lines = ReasonSummary.summarize(ledger, PEOPLE);
        assertThat(lines.size()).isLessThanOrEqualTo(ReasonSummary.TOP);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(Math.abs(lines.get(i - 1).points())).isGreaterThanOrEqualTo(Math.abs(lines.get(i).points()));
        }
    }

    private static long tenths(List<Reason> rows) {
        return rows.stream().mapToLong(r -> Math.round(r.points() * 10)).sum();
    }
}
