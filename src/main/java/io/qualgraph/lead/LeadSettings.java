package io.qualgraph.lead;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the lead reads.
 *
 * @param maxPageSize the largest inbox page (QUALGRAPH_LEADS_MAX_PAGE_SIZE)
 * @param funnelDefaultDays the funnel's period when {@code from} is not given: this many days before {@code to}
 */
@Validated
@ConfigurationProperties("qualgraph.leads")
public record LeadSettings(
        @DefaultValue("200") @Min(1) @Max(1000) int maxPageSize,
        @DefaultValue("90") @Min(1) @Max(3650) int funnelDefaultDays) {
}
