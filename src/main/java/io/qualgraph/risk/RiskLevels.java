package io.qualgraph.risk;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.MapAccessor;

/** The KYC risk level of entities as of an instant under the configured regime; read by qualification. */
public interface RiskLevels {

    /** The level of every given entity (NONE for an unknown id), in one set-based read. */
    Map<String, RiskLevel> levelsOf(Collection<String> entityIds, Instant asOf);

    /**
     * A level stored on a legal entity read by another statement (a map or record with the columns of stored-levels:
     * level, day, regime), when it holds for {@code asOf} under the configured regime; empty when it must be computed.
     */
    Optional<RiskLevel> storedLevel(MapAccessor stored, Instant asOf);

    /** As {@link #levelsOf(Collection, Instant)}, inside the caller's read transaction. */
    Map<String, RiskLevel> levelsOf(TransactionContext tx, Collection<String> entityIds, Instant asOf);
}
