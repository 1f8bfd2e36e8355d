package io.qualgraph.entity;

import java.time.Instant;
import java.util.List;

/**
 * Effective ownership of natural persons in an entity (DESIGN §3): multiply along each simple path,
 * add across paths, depth-bounded. Implemented in this package; read by risk.
 */
public interface BeneficialOwners {

    /** One stake on a path: owner holds share of owned (bounds when the source gives a band). */
    record Stake(String ownerId, String ownedId, double shareMin, double shareMax) {
    }

    /** A person's effective share in the entity, as bounds, with every path that makes it up. */
    record BeneficialOwner(String id, String name, double effectiveShareMin, double effectiveShareMax,
            boolean uncertain, List<List<Stake>> paths) {
    }

    /** Persons whose effective share reaches the configured threshold (default 25%) at {@code asOf}. */
    List<BeneficialOwner> of(String entityId, Instant asOf);
}
