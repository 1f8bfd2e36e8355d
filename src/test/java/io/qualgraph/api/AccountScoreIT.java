package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/** Account and contact scores through HTTP on a hand-built family with a subsidiary and a minority affiliate. */
@IntegrationTest
class AccountScoreIT {

    private static final String AS_OF = "2026-06-30";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void load() throws IOException {
        api = new Api(port);
        String bundle = new ClassPathResource("scoring/family-bundle.json").getContentAsString(StandardCharsets.UTF_8);
        assertThat(api.post("/api/ingest/bundle", TestKeys.ADMIN, bundle).status()).isEqualTo(200);
    }

    private JsonNode score(String id, String asOf) {
        Api.Answer answer = api.get("/api/accounts/" + id + "/score?asOf=" + asOf, TestKeys.SALES);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private static double sum(JsonNode reasons) {
        double tenths = 0;
        for (JsonNode r : reasons) {
            tenths += Math.round(r.get("points").asDouble() * 10);
        }
        return tenths / 10.0;
    }

    private static boolean hasEvent(JsonNode reasons, String eventId) {
        for (JsonNode r : reasons) {
            if (eventId.equals(r.at("/source/eventId").asString(null))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void any_member_answers_for_the_family_and_reasons_sum_to_the_score() {
        JsonNode viaSubsidiary = score("SCO-S", AS_OF);
        assertThat(viaSubsidiary.get("accountId").asString()).isEqualTo("SCO-P");
        assertThat(sum(viaSubsidiary.get("reasons"))).isEqualTo(viaSubsidiary.get("score").asDouble());
        for (String field : new String[] {"score", "grade", "tier", "outcome", "route", "riskLevel", "modelVersion",
                "asOf", "committee", "reasons"}) {
            assertThat(viaSubsidiary.has(field)).as(field).isTrue();
        }
    }

    @Test
    void engagement_in_a_subsidiary_raises_the_parent_score_but_a_minority_affiliate_does_not() {
        JsonNode account = score("SCO-P", AS_OF);
        assertThat(hasEvent(account.get("reasons"), "SCO-E1")).isTrue();
        assertThat(hasEvent(account.get("reasons"), "SCO-E3")).isFalse();
        JsonNode row = null;
        for (JsonNode r : account.get("reasons")) {
            if ("SCO-E1".equals(r.at("/source/eventId").asString(null))) {
                row = r;
            }
        }
        assertThat(row.at("/source/path/0").asString()).isEqualTo("SCO-S");
        assertThat(row.at("/source/path/1").asString()).isEqualTo("SCO-P");
        assertThat(score("SCO-M", AS_OF).get("accountId").asString()).isEqualTo("SCO-M");
    }

    @Test
    void as_of_in_the_past_ignores_later_events() {
        JsonNode before = score("SCO-P", "2026-06-26");
        assertThat(hasEvent(before.get("reasons"), "SCO-E1")).isFalse();
        assertThat(before.get("score").asDouble()).isLessThan(score("SCO-P", AS_OF).get("score").asDouble());
        assertThat(score("SCO-P", "2026-06-26").toString()).isEqualTo(before.toString());
    }

    @Test
    void committee_coverage_names_the_missing_champion() {
        JsonNode committee = score("SCO-P", AS_OF).get("committee");
        assertThat(committee.at("/covered/ECONOMIC_BUYER/0").asString()).isEqualTo("SCO-C1");
        assertThat(committee.get("missing").toString()).contains("CHAMPION");
    }

    @Test
    void contact_score_reads_role_and_events() {
        Api.Answer answer = api.get("/api/contacts/SCO-C2/score?asOf=" + AS_OF, TestKeys.SALES);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("contactId").asString()).isEqualTo("SCO-C2");
        assertThat(answer.json().get("roles").toString()).contains("TECHNICAL_EVALUATOR");
        assertThat(sum(answer.json().get("reasons"))).isEqualTo(answer.json().get("score").asDouble());
    }

    @Test
    void unknown_ids_and_bad_parameters_are_problems() {
        assertThat(api.get("/api/accounts/SCO-NOPE/score", TestKeys.SALES).status()).isEqualTo(404);
        assertThat(api.get("/api/contacts/SCO-NOPE/score", TestKeys.SALES).status()).isEqualTo(404);
        assertThat(api.get("/api/accounts/SCO-P/score?asOf=yesterday", TestKeys.SALES).status()).isEqualTo(400);
        Api.Answer badTier = api.get("/api/accounts?tier=T9", TestKeys.SALES);
        assertThat(badTier.status()).isEqualTo(400);
        assertThat(badTier.json().at("/errors/0/path").asString()).isEqualTo("tier");
        assertThat(api.get("/api/accounts?size=100000", TestKeys.SALES).status()).isEqualTo(400);
        Api.Answer farPage = api.get("/api/accounts?page=" + Integer.MAX_VALUE + "&size=200", TestKeys.SALES);
        assertThat(farPage.status()).as(farPage.text()).isEqualTo(200);
        assertThat(farPage.json().get("items")).isEmpty();
    }

    @Test
    void ranked_list_puts_workable_accounts_first_best_score_first() {
        Api.Answer page = api.get("/api/accounts?asOf=" + AS_OF + "&minScore=0&size=200", TestKeys.SALES);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.json().get("total").asInt()).isGreaterThanOrEqualTo(2);
        double previous = Double.MAX_VALUE;
        boolean disqualifiedSeen = false;
        for (JsonNode item : page.json().get("items")) {
            boolean disqualified = item.get("outcome").asString().equals("DISQUALIFIED_FOR_NOW");
            if (disqualified && !disqualifiedSeen) {
                disqualifiedSeen = true;
                previous = Double.MAX_VALUE;
            }
            assertThat(disqualified).as("a workable account after a disqualified one").isEqualTo(disqualifiedSeen);
            assertThat(item.get("score").asDouble()).isLessThanOrEqualTo(previous);
            assertThat(item.has("reasons") && !item.get("reasons").isNull()).isFalse();
            previous = item.get("score").asDouble();
        }
    }

    @Test
    void ranked_list_filters_by_tier_and_minimum_score() {
        Api.Answer page = api.get("/api/accounts?asOf=" + AS_OF + "&minScore=30&size=200", TestKeys.SALES);
        assertThat(page.status()).isEqualTo(200);
        for (JsonNode item : page.json().get("items")) {
            assertThat(item.get("score").asDouble()).isGreaterThanOrEqualTo(30);
        }
        String tier = score("SCO-P", AS_OF).get("tier").asString();
        Api.Answer byTier = api.get("/api/accounts?asOf=" + AS_OF + "&tier=" + tier + "&size=200", TestKeys.SALES);
        assertThat(byTier.json().get("items").toString()).contains("SCO-P");
        for (JsonNode item : byTier.json().get("items")) {
            assertThat(item.get("tier").asString()).isEqualTo(tier);
        }
    }

    /**
     * A buyer who visited pricing four times: by default the four visits are one reason row (the answer stays small and
     * still adds up), reasons=full gives every row, and the summary names the person with their title.
     */
    @Test
    void the_default_answer_condenses_repeated_events_and_summarises_them_with_names() {
        assertThat(api.post("/api/ingest/bundle", TestKeys.ADMIN, """
                {"entities": [{"id": "SUM-P", "name": "Summary Werke AG", "jurisdiction": "DE", "industry": "Software",
                               "employees": 800, "domain": "summary-example.de"}],
                 "contacts": [{"id": "SUM-C1", "entity": "SUM-P", "name": "Sina Summary", "email": "sina@summary-example.de",
                               "title": "Head of Procurement", "seniority": "DIRECTOR", "department": "Procurement"}],
                 "engagements": [
                   {"id": "SUM-V1", "contact": "SUM-C1", "type": "PRICING_PAGE_VISIT", "at": "2026-06-20T09:00:00Z"},
                   {"id": "SUM-V2", "contact": "SUM-C1", "type": "PRICING_PAGE_VISIT", "at": "2026-06-22T09:00:00Z"},
                   {"id": "SUM-V3", "contact": "SUM-C1", "type": "PRICING_PAGE_VISIT", "at": "2026-06-24T09:00:00Z"},
                   {"id": "SUM-V4", "contact": "SUM-C1", "type": "PRICING_PAGE_VISIT", "at": "2026-06-26T09:00:00Z"},
                   {"id": "SUM-V5", "contact": "SUM-C1", "type": "DEMO_REQUEST", "at": "2026-06-27T09:00:00Z"}]}
                """).status()).isEqualTo(200);
        Api.Answer condensedAnswer = api.get("/api/accounts/SUM-P/score?asOf=" + AS_OF, TestKeys.SALES);
        Api.Answer fullAnswer = api.get("/api/accounts/SUM-P/score?reasons=full&asOf=" + AS_OF, TestKeys.SALES);
        JsonNode condensed = condensedAnswer.json();
        JsonNode full = fullAnswer.json();
        assertThat(condensed.get("score").asDouble()).isEqualTo(full.get("score").asDouble());
        assertThat(sum(condensed.get("reasons"))).isEqualTo(condensed.get("score").asDouble());
        assertThat(sum(full.get("reasons"))).isEqualTo(full.get("score").asDouble());
        assertThat(sum(condensed.get("breakdown"))).as("the parts add up to the score").isEqualTo(condensed.get("score").asDouble());
        assertThat(condensed.get("breakdown").valueStream().map(p -> p.get("part").asString()).toList())
                .contains("FIT", "ENGAGEMENT");
        assertThat(rows(full.get("reasons"), "EVENT_PRICING_PAGE_VISIT")).hasSize(4);
        List<JsonNode> visits = rows(condensed.get("reasons"), "EVENT_PRICING_PAGE_VISIT");
        assertThat(visits).singleElement().satisfies(v -> {
            assertThat(v.get("detail").asString()).contains("4 × pricing page visit by Sina Summary", "latest on 2026-06-26");
            assertThat(v.at("/source/contactId").asString()).isEqualTo("SUM-C1");
        });
        assertThat(condensedAnswer.text().length()).isLessThan(fullAnswer.text().length());
        assertThat(condensed.at("/people/SUM-C1/name").asString()).isEqualTo("Sina Summary");
        assertThat(condensed.at("/people/SUM-C1/title").asString()).isEqualTo("Head of Procurement");
        JsonNode summary = condensed.get("summary");
        assertThat(summary.size()).isBetween(1, 5);
        assertThat(summary.toString()).contains("Sina Summary (Head of Procurement): 4 × pricing page visit");
        for (int i = 1; i < summary.size(); i++) {
            assertThat(Math.abs(summary.get(i - 1).get("points").asDouble()))
                    .isGreaterThanOrEqualTo(Math.abs(summary.get(i).get("points").asDouble()));
        }
        Api.Answer bad = api.get("/api/accounts/SUM-P/score?reasons=some", TestKeys.SALES);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/path").asString()).isEqualTo("reasons");

        JsonNode contact = api.get("/api/contacts/SUM-C1/score?asOf=" + AS_OF, TestKeys.SALES).json();
        assertThat(contact.get("summary").toString()).contains("Sina Summary (Head of Procurement)");
    }

    private static List<JsonNode> rows(JsonNode reasons, String code) {
        List<JsonNode> rows = new ArrayList<>();
        reasons.forEach(r -> {
            if (r.get("code").asString().equals(code)) {
                rows.add(r);
            }
        });
        return rows;
    }
}
