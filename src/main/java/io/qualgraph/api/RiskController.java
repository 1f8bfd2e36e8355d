package io.qualgraph.api;

import io.qualgraph.risk.Assessment;
import io.qualgraph.risk.Regime;
import io.qualgraph.risk.ReviewService;
import io.qualgraph.risk.RiskService;
import io.qualgraph.support.AsOf;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * KYC risk of a legal entity: compliance and admin see regime, evidence and review; sales sees the level only.
 * {@code level} is always the computed level; a CLEAR decision shows in {@code review.last}, next to it.
 */
@RestController
class RiskController {

    private final RiskService risk;
    private final ReviewService reviews;
    private final Clock clock;

    RiskController(RiskService risk, ReviewService reviews, Clock clock) {
        this.risk = risk;
        this.reviews = reviews;
        this.clock = clock;
    }

    @GetMapping("/api/entities/{id}/risk")
    RiskAnswer risk(@PathVariable String id, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String regime, Authentication authentication) {
        Regime chosen = risk.regime(regime);
        Instant at = AsOf.parse(asOf, clock);
        Assessment a = risk.assess(id, at, chosen);
        if (Caller.of(authentication).seesEvidence()) {
            return RiskAnswer.withEvidence(a, at, reviews.state(a));
        }
        return RiskAnswer.levelOnly(a);
    }
}
