package io.qualgraph.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Ownership cycles written one way: each id owns the next, the last owns the first, the lowest id first. */
final class Cycles {

    private Cycles() {
    }

    /** The cycle rotated so that its lowest id comes first. */
    static List<String> canonical(List<String> cycle) {
        int start = cycle.indexOf(Collections.min(cycle));
        List<String> rotated = new ArrayList<>(cycle.subList(start, cycle.size()));
        rotated.addAll(cycle.subList(0, start));
        return List.copyOf(rotated);
    }

    /** A copy in reverse order (a walk from child to parent becomes owner-first). */
    static List<String> reversed(List<String> walk) {
        List<String> copy = new ArrayList<>(walk);
        Collections.reverse(copy);
        return copy;
    }
}
