package io.qualgraph.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.qualgraph.entity.BeneficialOwnerWalk;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * KYC risk settings (prefix {@code qualgraph.risk}, env {@code QUALGRAPH_RISK_…}).
 *
 * @param regime the sanctions-by-ownership regime when a request names none (AGGREGATE or SINGLE_OWNER)
 * @param highRiskJurisdictions ISO alpha-2 codes; default: FATF "High-risk jurisdictions subject to a call for
 *        action" and "Jurisdictions under increased monitoring", as published 24 October 2025
 * @param highRiskJurisdictionsSource the list's name, quoted in evidence
 * @param maxDepth stakes loaded upward from an entity for the sanctions rules, which count blocked owners at any
 *        height (default 20); beneficial owners are named by the one walk of {@code qualgraph.ownership}
 */
@Validated
@ConfigurationProperties("qualgraph.risk")
public record RiskProperties(
        @DefaultValue("AGGREGATE") @NotNull Regime regime,
        @DefaultValue({"KP", "IR", "MM", "DZ", "AO", "BO", "BG", "CM", "CI", "HR", "CD", "HT", "KE", "LA", "LB", "MC",
                "NA", "NP", "SS", "SY", "VE", "VN", "VG", "YE"}) List<String> highRiskJurisdictions,
        @DefaultValue("FATF high-risk and other monitored jurisdictions (call for action and increased monitoring), 24 October 2025")
        @NotBlank String highRiskJurisdictionsSource,
        @DefaultValue("20") @Min(1) @Max(100) int maxDepth) {

    RiskRules.Settings settings(BeneficialOwnerWalk.Limits beneficialOwners) {
        Set<String> codes = highRiskJurisdictions.stream().map(c -> c.strip().toUpperCase()).collect(Collectors.toSet());
        return new RiskRules.Settings(codes, highRiskJurisdictionsSource, beneficialOwners);
    }
}
