package io.qualgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stake valid at the instant answered for: {@code ownerId} holds between {@code min} and {@code max} of
 * {@code ownedId}. An exact share has min = max; a band keeps its bounds; an unknown share is [0, 1] with
 * {@code known} false, so it never controls and never makes a certain beneficial owner.
 *
 * @param records how many OWNS relationships valid at the instant were combined into this stake
 */
record Holding(String ownerId, String ownedId, boolean ownerIsPerson, double min, double max, boolean known, int records) {

    static final double EPSILON = 1e-9;

    /** A stake from the stored properties of one OWNS relationship (any of them may be null). */
    static Holding of(String ownerId, String ownedId, boolean ownerIsPerson, Double share, Double shareMin, Double shareMax) {
        if (share != null) {
            double exact = clamp(share);
            return new Holding(ownerId, ownedId, ownerIsPerson, exact, exact, true, 1);
        }
        if (shareMin == null && shareMax == null) {
            return new Holding(ownerId, ownedId, ownerIsPerson, 0, 1, false, 1);
        }
        double low = shareMin == null ? 0 : clamp(shareMin);
        double high = shareMax == null ? 1 : clamp(shareMax);
        return new Holding(ownerId, ownedId, ownerIsPerson, Math.min(low, high), Math.max(low, high), true, 1);
    }

    /** Control is a legal entity's stake of more than half by its lower bound; persons never control. */
    boolean controlling() {
        return !ownerIsPerson && min > 0.5 && !ownerId.equals(ownedId);
    }

    boolean banded() {
        return known && max - min > EPSILON;
    }

    /**
     * Combines the stakes of one owner in one entity that are valid at the same instant (overlapping periods)
     * into one, bounds added; the result is sorted by owned id, then owner id.
     */
    static List<Holding> combine(List<Holding> raw) {
        Map<String, Holding> byPair = new LinkedHashMap<>();
        for (Holding h : raw) {
            byPair.merge(h.ownedId + "\u0000" + h.ownerId, h, Holding::plus);
        }
        List<Holding> combined = new ArrayList<>(byPair.values());
        combined.sort(Comparator.comparing(Holding::ownedId).thenComparing(Holding::ownerId));
        return combined;
    }

    private Holding plus(Holding other) {
        return new Holding(ownerId, ownedId, ownerIsPerson, min + other.min, Math.min(1, max + other.max),
                known && other.known, records + other.records);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
