package io.qualgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DecayCurveTests {

    private final ScoringModel model = Models.defaultModel();

    private double factor(EngagementType type, long days) {
        return DecayCurve.factor(model.engagement().decay().get(type), days);
    }

    @Test
    void email_open_is_full_to_day_14_half_to_day_45_and_nothing_after() {
        assertThat(factor(EngagementType.EMAIL_OPEN, 14)).isEqualTo(1.0);
        assertThat(factor(EngagementType.EMAIL_OPEN, 15)).isEqualTo(0.5);
        assertThat(factor(EngagementType.EMAIL_OPEN, 45)).isEqualTo(0.5);
        assertThat(factor(EngagementType.EMAIL_OPEN, 46)).isEqualTo(0.0);
    }

    @Test
    void page_visit_steps_down_at_7_21_and_30_days() {
        assertThat(factor(EngagementType.PAGE_VISIT, 7)).isEqualTo(1.0);
        assertThat(factor(EngagementType.PAGE_VISIT, 8)).isEqualTo(0.5);
        assertThat(factor(EngagementType.PAGE_VISIT, 22)).isEqualTo(0.25);
        assertThat(factor(EngagementType.PAGE_VISIT, 31)).isEqualTo(0.0);
    }

    @Test
    void content_download_counts_nothing_after_90_days() {
        assertThat(factor(EngagementType.CONTENT_DOWNLOAD, 21)).isEqualTo(1.0);
        assertThat(factor(EngagementType.CONTENT_DOWNLOAD, 60)).isEqualTo(0.5);
        assertThat(factor(EngagementType.CONTENT_DOWNLOAD, 91)).isEqualTo(0.0);
    }

    @Test
    void exponential_option_halves_at_the_half_life() {
        assertThat(factor(EngagementType.PRODUCT_LOGIN, 14)).isEqualTo(0.5);
        assertThat(factor(EngagementType.PRODUCT_LOGIN, 91)).isEqualTo(0.0);
    }

    @Test
    void age_is_counted_in_whole_days() {
        Instant asOf = Instant.parse("2026-11-01T12:00:00Z");
        assertThat(DecayCurve.ageDays(asOf.minus(Duration.ofDays(14)).minusSeconds(3600 * 23), asOf)).isEqualTo(14);
        assertThat(DecayCurve.ageDays(asOf.minus(Duration.ofDays(15)), asOf)).isEqualTo(15);
    }
}
