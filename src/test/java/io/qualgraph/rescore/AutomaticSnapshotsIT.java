package io.qualgraph.rescore;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.StartupGate;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import static org.assertj.core.api.Assertions.assertThat;
import tools.jackson.databind.JsonNode;

/**
 * Score history without an admin: a new account's history is never empty, the ranked list snapshots an account whose
 * tier changed, the day's automatic run is stored once, and from/to select and are checked.
 */
@IntegrationTest
class AutomaticSnapshotsIT {

    @LocalServerPort
    int port;
    @Autowired
    DailySnapshots daily;
    @Autowired
    Rescore rescore;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    private void ingest(String bundle) {
        Api.Answer answer = api.post("/api/ingest/bundle", TestKeys.ADMIN, bundle);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    private JsonNode history(String query) {
        Api.Answer answer = api.get("/api/accounts/SNAP-P/history" + query, TestKeys.SALES);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private static long count(JsonNode history, String trigger) {
        long n = 0;
        for (JsonNode s : history) {
            n += s.get("trigger").asString().equals(trigger) ? 1 : 0;
        }
        return n;
    }

    @Test
    void history_fills_by_itself_when_the_tier_changes_and_once_a_day() throws InterruptedException {
        Instant now = Instant.now();
        ingest("""
                {"entities": [{"id": "SNAP-P", "name": "Snapshot Systems AG", "jurisdiction": "DE", "industry": "Software",
                               "employees": 900, "domain": "snapshot-example.de"}],
                 "contacts": [{"id": "SNAP-C1", "entity": "SNAP-P", "name": "Nina Snap", "email": "nina@snapshot-example.de",
                               "title": "VP Engineering", "seniority": "VP", "department": "Engineering"},
                              {"id": "SNAP-C2", "entity": "SNAP-P", "name": "Otto Snap", "email": "otto@snapshot-example.de",
                               "title": "CFO", "seniority": "C_LEVEL", "department": "Finance"}]}
                """);
        JsonNode first = history("");
        assertThat(first).as("a scored account's history is never empty").hasSize(1);
        assertThat(first.get(0).get("trigger").asString()).isEqualTo("CHANGE");
        String tierBefore = first.get(0).get("tier").asString();

        api.get("/api/accounts?size=1", TestKeys.SALES);
        ingest("""
                {"engagements": [
                   {"id": "SNAP-V1", "contact": "SNAP-C1", "type": "DEMO_REQUEST", "at": "%s"},
                   {"id": "SNAP-V2", "contact": "SNAP-C1", "type": "PRICING_PAGE_VISIT", "at": "%s"},
                   {"id": "SNAP-V3", "contact": "SNAP-C2", "type": "MEETING_HELD", "at": "%s"},
                   {"id": "SNAP-V4", "contact": "SNAP-C2", "type": "PRICING_PAGE_VISIT", "at": "%s"}]}
                """.formatted(now.minus(2, ChronoUnit.HOURS), now.minus(3, ChronoUnit.HOURS),
                now.minus(4, ChronoUnit.HOURS), now.minus(5, ChronoUnit.HOURS)));
        String tierAfter = api.get("/api/accounts/SNAP-P/score", TestKeys.SALES).json().get("tier").asString();
        assertThat(tierAfter).as("the planted engagement changes the tier").isNotEqualTo(tierBefore);
        api.get("/api/accounts?size=1", TestKeys.SALES);
        long deadline = System.nanoTime() + 20_000_000_000L;
        JsonNode changed = history("");
        while (count(changed, "CHANGE") < 2 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            changed = history("");
        }
        assertThat(count(changed, "CHANGE")).as(changed.toString()).isEqualTo(2);
        assertThat(changed.get(0).get("tier").asString()).isEqualTo(tierAfter);

        new DailySnapshots(rescore, Clock.fixed(Instant.parse("2031-01-01T12:00:00Z"), ZoneOffset.UTC), new StartupGate())
                .snapshotWhenDue();
        assertThat(rescore.stored("daily-2031-01-01")).as("no daily run before the service is ready (seed loaded)")
                .isEmpty();
        daily.snapshotWhenDue();
        daily.snapshotWhenDue();
        JsonNode withDaily = history("");
        assertThat(count(withDaily, "DAILY")).as("the day's run is stored once").isEqualTo(1);
        assertThat(withDaily.get(0).get("runId").asString()).startsWith("daily-");

        assertThat(history("?from=2999-01-01")).isEmpty();
        assertThat(history("?to=2000-01-01")).isEmpty();
        assertThat(history("?from=" + now.truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10))).hasSize(3);
        Api.Answer reversed = api.get("/api/accounts/SNAP-P/history?from=2026-02-01&to=2026-01-01", TestKeys.SALES);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().at("/errors/0/path").asString()).isEqualTo("from");
        Api.Answer badTo = api.get("/api/accounts/SNAP-P/history?to=soon", TestKeys.SALES);
        assertThat(badTo.status()).isEqualTo(400);
        assertThat(badTo.json().at("/errors/0/path").asString()).isEqualTo("to");
    }
}
