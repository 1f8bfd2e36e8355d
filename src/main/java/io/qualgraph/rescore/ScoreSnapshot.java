package io.qualgraph.rescore;

import java.time.Instant;

import io.qualgraph.risk.RiskLevel;
import io.qualgraph.scoring.Grade;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.Route;
import io.qualgraph.scoring.Tier;
import org.neo4j.driver.Record;

/**
 * One account's stored result, as the history lists it: of a re-score run ({@code runId}; an admin's or the day's
 * automatic one) or taken when its tier or outcome changed ({@code runId} null).
 */
public record ScoreSnapshot(String runId, SnapshotTrigger trigger, Instant asOf, Instant runAt, String modelVersion,
        double score, Grade grade, Tier tier, Outcome outcome, Route route, RiskLevel riskLevel) {

    static ScoreSnapshot of(Record r) {
        return new ScoreSnapshot(r.get("runId").asString(null), SnapshotTrigger.valueOf(r.get("trigger").asString()),
                r.get("asOf").asZonedDateTime().toInstant(),
                r.get("runAt").asZonedDateTime().toInstant(), r.get("modelVersion").asString(null),
                r.get("score").asDouble(), Grade.valueOf(r.get("grade").asString()),
                Tier.valueOf(r.get("tier").asString()), Outcome.valueOf(r.get("outcome").asString()),
                Route.valueOf(r.get("route").asString()), RiskLevel.valueOf(r.get("riskLevel").asString()));
    }
}
