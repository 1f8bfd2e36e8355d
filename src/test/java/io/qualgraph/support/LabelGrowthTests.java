package io.qualgraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LabelGrowthTests {

    @Test
    void a_label_counts_once_it_has_at_least_doubled_by_at_least_the_minimum() {
        Map<String, Long> before = Map.of("Lead", 10_000L, "Contact", 300_000L, "Review", 1L);
        Map<String, Long> now = Map.of("Lead", 20_000L, "Contact", 310_000L, "Review", 2L, "Engagement", 5_000L,
                "Opportunity", 999L);
        assertThat(LabelGrowth.doubled(before, now, 1_000)).containsExactly("Engagement", "Lead");
    }

    @Test
    void nothing_counts_when_every_label_grew_by_less_than_its_size() {
        Map<String, Long> before = Map.of("Lead", 10_000L);
        assertThat(LabelGrowth.doubled(before, Map.of("Lead", 19_999L), 1_000)).isEmpty();
        assertThat(LabelGrowth.doubled(before, Map.of("Lead", 5_000L), 1_000)).as("shrinking is left alone").isEmpty();
    }
}
