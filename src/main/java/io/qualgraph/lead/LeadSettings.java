package io.qualgraph.lead;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the lead reads, and when leads are decided in the background.
 *
 * @param maxPageSize the largest inbox page (QUALGRAPH_LEADS_MAX_PAGE_SIZE)
 * @param funnelDefaultDays the funnel's period when {@code from} is not given: this many days before {@code to}
 * @param decideAfterQuiet leads a write left undecided (a bulk import's, those a write marked stale) are decided in
 *        the background once no bundle write has been in progress for this long (QUALGRAPH_LEADS_DECIDE_AFTER_QUIET;
 *        {@code 0s}: only intake and the next inbox or funnel read decide them)
 */
@Validated
@ConfigurationProperties("qualgraph.leads")
public record LeadSettings(
        @DefaultValue("200") @Min(1) @Max(1000) int maxPageSize,
        @DefaultValue("90") @Min(1) @Max(3650) int funnelDefaultDays,
        @DefaultValue("5s") Duration decideAfterQuiet) {

    public LeadSettings {
        if (decideAfterQuiet.isNegative()) {
            throw new IllegalArgumentException("qualgraph.leads.decide-after-quiet must not be negative, was "
                    + decideAfterQuiet);
        }
    }
}
