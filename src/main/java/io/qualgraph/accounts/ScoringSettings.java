package io.qualgraph.accounts;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the scoring reads.
 *
 * @param maxPageSize the largest page of the ranked list (QUALGRAPH_SCORING_MAX_PAGE_SIZE)
 * @param batchSize families scored per set-based read in bulk runs
 * @param listMaxAge how long a computed ranked list is reused when nothing was ingested meanwhile
 * @param answerMaxAge how long an account's answer to a read without {@code asOf} is reused while no write touched its
 *        family and no model was activated (QUALGRAPH_SCORING_ANSWER_MAX_AGE; {@code 0s} computes every read)
 * @param answerCacheSize how many such answers are kept at most
 */
@Validated
@ConfigurationProperties("qualgraph.scoring")
public record ScoringSettings(
        @DefaultValue("200") @Min(1) @Max(1000) int maxPageSize,
        @DefaultValue("500") @Min(1) @Max(10000) int batchSize,
        @DefaultValue("5m") Duration listMaxAge,
        @DefaultValue("30s") Duration answerMaxAge,
        @DefaultValue("10000") @Min(1) @Max(1000000) int answerCacheSize) {
}
