package io.qualgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.accounts.AccountQualification;
import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Property test of the patched ranked list: after every write in a seeded random stream of engagements, new contacts
 * and intent signals, at members of three families, the list read through the API (patched, not recomputed) gives
 * every account the score, tier and outcome that scoring the account afresh gives.
 */
@IntegrationTest
class RankedListPatchIT {

    private static final List<String> MEMBERS = List.of("RP-1", "RP-1A", "RP-1B", "RP-2", "RP-3", "RP-3A");
    private static final List<String> TYPES = List.of("DEMO_REQUEST", "PRICING_PAGE_VISIT", "EMAIL_CLICK", "BLOG_VIEW",
            "CAREERS_PAGE_VISIT", "UNSUBSCRIBE", "WEBINAR_ATTENDED");

    @LocalServerPort
    int port;
    @Autowired
    AccountQualification qualification;

    Api api;

    static Stream<Long> seeds() {
        return Stream.of(11L, 12L, 13L);
    }

    @BeforeEach
    void load() {
        api = new Api(port);
        ingest("""
                {"entities": [{"id": "RP-1", "name": "Patch One AG", "jurisdiction": "DE", "industry": "Software", "employees": 2000},
                              {"id": "RP-1A", "name": "Patch One A GmbH", "jurisdiction": "DE", "employees": 300},
                              {"id": "RP-1B", "name": "Patch One B GmbH", "jurisdiction": "AT", "employees": 90},
                              {"id": "RP-2", "name": "Patch Two SA", "jurisdiction": "FR", "industry": "Retail", "employees": 40},
                              {"id": "RP-3", "name": "Patch Three plc", "jurisdiction": "GB", "industry": "Software", "employees": 700},
                              {"id": "RP-3A", "name": "Patch Three A Ltd", "jurisdiction": "GB", "employees": 120}],
                 "ownership": [{"owner": "RP-1", "owned": "RP-1A", "share": 0.9}, {"owner": "RP-1A", "owned": "RP-1B", "share": 0.6},
                               {"owner": "RP-3", "owned": "RP-3A", "share": 0.75}, {"owner": "RP-1", "owned": "RP-2", "share": 0.3}],
                 "contacts": [{"id": "RP-K0", "entity": "RP-1B", "name": "K0", "email": "k0@rp.de", "title": "CTO", "seniority": "C_LEVEL"},
                              {"id": "RP-K1", "entity": "RP-2", "name": "K1", "email": "k1@rp.fr", "title": "Buyer", "seniority": "MANAGER"},
                              {"id": "RP-K2", "entity": "RP-3A", "name": "K2", "email": "k2@rp.uk", "title": "VP IT", "seniority": "VP"}]}
                """);
    }

    private void ingest(String bundle) {
        Api.Answer answer = api.post("/api/ingest/bundle", TestKeys.ADMIN, bundle);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    /** One random write that stays local: an engagement, a new contact, or an intent signal. */
    private String randomWrite(Random rnd, int round, List<String> contacts) {
        String at = Instant.now().minus(rnd.nextInt(40 * 24), ChronoUnit.HOURS).toString();
        String tag = "RP-" + System.nanoTime() + "-" + round;
        return switch (rnd.nextInt(4)) {
            case 0 -> {
                String contact = tag + "-K";
                String entity = MEMBERS.get(rnd.nextInt(MEMBERS.size()));
                contacts.add(contact);
                yield """
                        {"contacts": [{"id": "%s", "entity": "%s", "name": "New", "email": "%s@rp.example", "title": "Director IT", "seniority": "DIRECTOR"}],
                         "engagements": [{"id": "%s-E", "contact": "%s", "type": "MEETING_HELD", "at": "%s"}]}
                        """.formatted(contact, entity, contact.toLowerCase(), tag, contact, at);
            }
            case 1 -> """
                    {"intent": [{"id": "%s-I", "entity": "%s", "topic": "crm", "strength": %.2f, "observedAt": "%s", "source": "test"}]}
                    """.formatted(tag, MEMBERS.get(rnd.nextInt(MEMBERS.size())), rnd.nextDouble(), at);
            default -> """
                    {"engagements": [{"id": "%s-E", "contact": "%s", "type": "%s", "at": "%s"}]}
                    """.formatted(tag, contacts.get(rnd.nextInt(contacts.size())), TYPES.get(rnd.nextInt(TYPES.size())), at);
        };
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void the_patched_list_equals_a_fresh_ranking_after_every_local_write(long seed) {
        Random rnd = new Random(seed);
        List<String> contacts = new ArrayList<>(List.of("RP-K0", "RP-K1", "RP-K2"));
        String computedAt = list().get("computedAt").asString();
        for (int round = 0; round < 12; round++) {
            ingest(randomWrite(rnd, round, contacts));
            JsonNode list = list();
            assertThat(list.get("computedAt").asString()).as("round %d was patched, not recomputed", round)
                    .isEqualTo(computedAt);
            for (String account : List.of("RP-1", "RP-2", "RP-3")) {
                JsonNode item = item(list, account);
                AccountAnswer expected = qualification.account(account, Instant.now());
                assertThat(item.get("score").asDouble()).as("seed %d round %d %s", seed, round, account)
                        .isCloseTo(expected.score(), within(0.05));
                assertThat(item.get("tier").asString()).isEqualTo(expected.tier().name());
                assertThat(item.get("outcome").asString()).isEqualTo(expected.outcome().name());
            }
        }
    }

    private JsonNode list() {
        return page(0);
    }

    private JsonNode page(int page) {
        Api.Answer answer = api.get("/api/accounts?size=200&minScore=0&page=" + page, TestKeys.SALES);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    /** The account's row on whichever page it sits (the seed and other tests put hundreds of accounts before it). */
    private JsonNode item(JsonNode first, String id) {
        JsonNode list = first;
        for (int page = 1; ; page++) {
            JsonNode items = list.get("items");
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).get("accountId").asString().equals(id)) {
                    return items.get(i);
                }
            }
            if (items.isEmpty()) {
                throw new AssertionError(id + " not in the list");
            }
            list = page(page);
        }
    }
}
