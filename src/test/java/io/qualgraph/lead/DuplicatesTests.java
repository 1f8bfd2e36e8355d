package io.qualgraph.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicatesTests {

    private static final Instant T = Instant.parse("2026-11-30T12:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(30);

    private static Duplicates.Earlier lead(String id, long hoursBefore, String status, String stage, String duplicateOf) {
        return new Duplicates.Earlier(id, T.minus(Duration.ofHours(hoursBefore)), status, stage, duplicateOf);
    }

    @Test
    void a_lead_repeats_the_earliest_open_lead_inside_the_window() {
        List<Duplicates.Earlier> others = List.of(lead("B", 10, null, null, null), lead("A", 20, "OPEN", null, null),
                lead("OLD", 31 * 24, null, null, null), lead("LATER", -1, null, null, null));
        assertThat(Duplicates.duplicateOf("L", T, WINDOW, others)).isEqualTo("A");
    }

    @Test
    void a_chain_points_at_its_first_lead() {
        assertThat(Duplicates.duplicateOf("L", T, WINDOW, List.of(lead("B", 5, null, null, "A")))).isEqualTo("A");
    }

    @Test
    void at_the_same_instant_the_lower_id_is_the_earlier_and_a_lead_never_repeats_itself() {
        List<Duplicates.Earlier> others = List.of(lead("L1", 0, null, null, null), lead("L3", 0, null, null, null),
                lead("L2", 0, null, null, null));
        assertThat(Duplicates.duplicateOf("L2", T, WINDOW, others)).isEqualTo("L1");
        assertThat(Duplicates.duplicateOf("L1", T, WINDOW, others)).isNull();
    }

    @ParameterizedTest(name = "status {0}, stage {1}: closed")
    @CsvSource({"CONVERTED,", "DISQUALIFIED,", "UNQUALIFIED,", ",CONVERTED", ",REJECTED"})
    void a_closed_lead_is_not_repeated(String status, String stage) {
        assertThat(Duplicates.duplicateOf("L", T, WINDOW, List.of(lead("A", 3, status, stage, null)))).isNull();
    }

    @Test
    void a_batch_shows_each_lead_the_earlier_ones_of_the_same_write_with_what_they_were_found_to_repeat() {
        Map<String, String> statuses = new HashMap<>();
        statuses.put("N1", null);
        statuses.put("N2", "CONVERTED");
        statuses.put("N3", null);
        Duplicates.Batch batch = Duplicates.Batch.unstored(statuses);
        List<Duplicates.Earlier> stored = List.of(lead("S", 48, null, null, null));
        assertThat(batch.duplicateOf(keys("N1", "x@acme.example"), T.minusSeconds(7200), WINDOW, stored)).isEqualTo("S");
        assertThat(batch.duplicateOf(keys("N2", "y@acme.example"), T.minusSeconds(3600), WINDOW, List.of())).isNull();
        assertThat(batch.duplicateOf(keys("N3", "y@acme.example"), T, WINDOW, List.of()))
                .as("N2, the only earlier lead with this e-mail, is converted").isNull();
        assertThat(batch.duplicateOf(keys("N4", "x@acme.example"), T, WINDOW, List.of()))
                .as("N1 of the same write, which repeats S").isEqualTo("S");
        assertThat(Duplicates.Batch.stored().duplicateOf(keys("N5", "x@acme.example"), T, WINDOW, List.of()))
                .as("a write whose leads are stored first: the graph shows them").isNull();
    }

    private static LeadKeys keys(String id, String email) {
        return new LeadKeys(id, null, email, null, Domains.ofEmail(email), null, null, null, null, null);
    }
}
