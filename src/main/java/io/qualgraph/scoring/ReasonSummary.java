package io.qualgraph.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a person reads of a reasons ledger. {@link #summarize} gives the few groups of rows that weigh most, grouped by
 * rule and contact, with the contact's name and title; {@link #condensed} gives the ledger with each contact's events
 * of one type in one row, so that an answer stays small and its rows still add up exactly to the score (the full
 * ledger, row by row, is the one the scorer wrote). Pure.
 */
public final class ReasonSummary {

    /** Groups a summary shows. */
    public static final int TOP = 5;

    private static final String EVENT = "EVENT_";

    /** A person a ledger row names: who they are, in words. */
    public record Person(String name, String title) {
    }

    /**
     * One group of ledger rows: its rule, the points its rows add (exactly), how many rows, the contact (null for the
     * account's own rules) and a sentence (without the points, which stand beside it).
     */
    public record Line(String code, double points, int rows, String contactId, String contactName,
            String contactTitle, String text) {
    }

    private ReasonSummary() {
    }

    /** One part of a score ({@link ScorePart}) with the exact points of its rows and how many rows there are. */
    public record Part(ScorePart part, double points, int rows) {
    }

    /** The score by part, in the parts' order, each part that has rows; the points add up exactly to the ledger's. */
    public static List<Part> breakdown(List<Reason> ledger) {
        Map<ScorePart, long[]> parts = new EnumMap<>(ScorePart.class);
        for (Reason row : ledger) {
            long[] sum = parts.computeIfAbsent(ScorePart.of(row.code()), p -> new long[2]);
            sum[0] += Points.tenths(row.points());
            sum[1]++;
        }
        List<Part> out = new ArrayList<>();
        parts.forEach((part, sum) -> out.add(new Part(part, Points.of(sum[0]), (int) sum[1])));
        return List.copyOf(out);
    }

    /** The {@value #TOP} groups (rule and contact) with the most points either way; zero-point notes are left out. */
    public static List<Line> summarize(List<Reason> ledger, Map<String, Person> people) {
        List<Line> lines = new ArrayList<>();
        for (List<Reason> group : groups(ledger).values()) {
            long tenths = group.stream().mapToLong(r -> Points.tenths(r.points())).sum();
            if (tenths == 0) {
                continue;
            }
            Reason first = group.get(0);
            String contactId = first.source() == null ? null : first.source().contactId();
            Person person = contactId == null ? null : people.get(contactId);
            lines.add(new Line(first.code(), Points.of(tenths), group.size(), contactId,
                    person == null ? null : person.name(), person == null ? null : person.title(),
                    text(group, person)));
        }
        lines.sort(Comparator.comparingDouble((Line l) -> -Math.abs(l.points())).thenComparing(Line::code));
        return List.copyOf(lines.subList(0, Math.min(TOP, lines.size())));
    }

    /**
     * The ledger with the event rows of each contact and type merged into one row (first place kept), its points the
     * exact sum, its source the contact and the latest event's time; every other row as it is.
     */
    public static List<Reason> condensed(List<Reason> ledger, Map<String, Person> people) {
        List<Reason> rows = new ArrayList<>();
        for (List<Reason> group : groups(ledger).values()) {
            if (group.size() == 1 || !group.get(0).code().startsWith(EVENT)) {
                rows.addAll(group);
            } else {
                rows.add(merged(group, people));
            }
        }
        return List.copyOf(rows);
    }

    /** Rows grouped by rule and contact, in order of first appearance (rows without a contact by rule alone). */
    private static Map<List<String>, List<Reason>> groups(List<Reason> ledger) {
        Map<List<String>, List<Reason>> groups = new LinkedHashMap<>();
        for (Reason row : ledger) {
            String contact = row.source() == null ? null : row.source().contactId();
            groups.computeIfAbsent(Arrays.asList(row.code(), contact), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private static Reason merged(List<Reason> group, Map<String, Person> people) {
        Reason first = group.get(0);
        long tenths = group.stream().mapToLong(r -> Points.tenths(r.points())).sum();
        Instant latest = group.stream().map(r -> r.source().at()).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        Reason.Source s = first.source();
        Person person = s.contactId() == null ? null : people.get(s.contactId());
        String detail = String.format("%d × %s%s%s; each event with its date and decay in reasons=full", group.size(),
                event(first.code()), person != null ? " by " + person.name() : s.contactId() == null ? ""
                        : " by contact " + s.contactId(),
                latest == null ? "" : ", latest on " + latest.toString().substring(0, 10));
        return new Reason(first.code(), Points.of(tenths), detail,
                new Reason.Source(s.contactId(), null, latest, null, s.entityId(), s.path()));
    }

    private static String text(List<Reason> group, Person person) {
        if (group.size() == 1 && person == null) {
            return group.get(0).detail();
        }
        String who = person == null ? "" : person.title() == null || person.title().isBlank() ? person.name() + ": "
                : person.name() + " (" + person.title() + "): ";
        String what = group.get(0).code().startsWith(EVENT) ? group.size() + " × " + event(group.get(0).code())
                : group.size() == 1 ? group.get(0).detail() : group.size() + " rows of " + words(group.get(0).code());
        return who + what;
    }

    private static String event(String code) {
        return words(code.substring(EVENT.length()));
    }

    private static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
