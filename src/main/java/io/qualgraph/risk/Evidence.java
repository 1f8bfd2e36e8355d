package io.qualgraph.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Why a level applies: the rule, a sentence a reviewer can check by hand, the chain of ids it rests on (from the
 * party that carries the finding down to the entity it is about) with the name of each ({@code pathNames}, the id when
 * the graph has no name), the level this item gives, and in brief what a queue shows: the share that decided it
 * ({@code share}: the blocked owners' total, a stake, an effective share; null when no share is involved), the list or
 * source behind it ({@code list}) and the day from which it holds ({@code since}: the latest of the listing's date
 * and the stakes' since along the path; null when the graph gives no date).
 */
public record Evidence(String rule, RiskLevel level, String subject, String detail, List<String> path,
        List<String> pathNames, Double share, String list, LocalDate since) {

    public Evidence {
        path = List.copyOf(path);
        pathNames = pathNames == null ? null : List.copyOf(pathNames);
    }

    Evidence(String rule, RiskLevel level, String subject, String detail, List<String> path) {
        this(rule, level, subject, detail, path, null, null, null, null);
    }

    Evidence withSince(LocalDate day) {
        return new Evidence(rule, level, subject, detail, path, pathNames, share, list, day);
    }

    /** This item with the share that decided it and the list or source behind it (either may be null). */
    Evidence withBrief(Double decidingShare, String source) {
        return new Evidence(rule, level, subject, detail, path, pathNames, decidingShare, source, since);
    }

    /** This item with the names of the parties on its path, as {@code names} gives them. */
    Evidence named(Function<String, String> names) {
        return new Evidence(rule, level, subject, detail, path, path.stream().map(names).toList(), share, list, since);
    }

    /** The later of two days, null when either is unknown (the later one cannot then be known). */
    static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return null;
        }
        return a.isAfter(b) ? a : b;
    }
}
