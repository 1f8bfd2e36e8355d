package io.qualgraph.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * Why a level applies: the rule, a sentence a reviewer can check by hand, the chain of ids it rests on (from the
 * party that carries the finding down to the entity it is about), the level this item gives and the day from which
 * it holds ({@code since}: the latest of the listing's date and the stakes' since along the path; null when the
 * graph gives no date).
 */
public record Evidence(String rule, RiskLevel level, String subject, String detail, List<String> path,
        LocalDate since) {

    public Evidence {
        path = List.copyOf(path);
    }

    Evidence(String rule, RiskLevel level, String subject, String detail, List<String> path) {
        this(rule, level, subject, detail, path, null);
    }

    Evidence withSince(LocalDate day) {
        return new Evidence(rule, level, subject, detail, path, day);
    }

    /** The later of two days, null when either is unknown (the later one cannot then be known). */
    static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return null;
        }
        return a.isAfter(b) ? a : b;
    }
}
