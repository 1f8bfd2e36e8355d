package io.qualgraph.tools.seed;

import java.time.LocalDate;
import java.util.Map;

/** A generated OWNS row: an exact {@code share} or a band, valid from {@code since} until {@code until} (exclusive). */
record Stake(String owner, String owned, Double share, Double shareMin, Double shareMax, LocalDate since,
        LocalDate until, String source) {

    static Stake exact(String owner, String owned, double share, LocalDate since, String source) {
        return new Stake(owner, owned, share, null, null, since, null, source);
    }

    static Stake band(String owner, String owned, double min, double max, LocalDate since, String source) {
        return new Stake(owner, owned, null, min, max, since, null, source);
    }

    Stake withShare(double value) {
        return new Stake(owner, owned, value, null, null, since, until, source);
    }

    Stake endingOn(LocalDate end) {
        return new Stake(owner, owned, share, shareMin, shareMax, since, end, source);
    }

    /** The most this stake can hold, for keeping the stakes in one entity at or below 100%. */
    double upper() {
        return share != null ? share : shareMax;
    }

    Map<String, Object> row() {
        return Rows.of("owner", owner, "owned", owned, "share", share, "shareMin", shareMin, "shareMax", shareMax,
                "since", since, "until", until, "source", source);
    }
}
