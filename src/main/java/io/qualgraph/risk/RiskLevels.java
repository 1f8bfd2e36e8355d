package io.qualgraph.risk;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** The KYC risk level of entities as of an instant under the configured regime; read by qualification. */
public interface RiskLevels {

    /** The level of every given entity (NONE for an unknown id), in one set-based read. */
    Map<String, RiskLevel> levelsOf(Collection<String> entityIds, Instant asOf);
}
