package io.qualgraph.support;

import java.util.List;

/**
 * A page asked for: its number from 0 and its size from 1 to a cap the caller states. The one place where paging and
 * limit parameters are checked; a bad value is a 400 naming the parameter and the rule. Offsets are longs, so the
 * last int page of the largest size is past the end (an empty page), never an overflow.
 */
public record Paging(int page, int size) {

    /**
     * Checks {@code page} and {@code size} against {@code maxSize}.
     *
     * @throws Problem invalid {@code page} below 0 or {@code size} outside 1..maxSize
     */
    public static Paging of(int page, int size, int maxSize) {
        if (page < 0) {
            throw Problem.invalid("page", "must be 0 or more");
        }
        return new Paging(page, limit("size", size, maxSize));
    }

    /**
     * Checks a count-only parameter (a {@code limit}) against {@code max}.
     *
     * @throws Problem invalid {@code parameter} outside 1..max
     */
    public static int limit(String parameter, int value, int max) {
        if (value < 1 || value > max) {
            throw Problem.invalid(parameter, "must be between 1 and " + max);
        }
        return value;
    }

    /** How many items come before this page. */
    public long skip() {
        return (long) page * size;
    }

    /** This page's part of {@code all}, empty past the end. */
    public <T> List<T> of(List<T> all) {
        int from = (int) Math.min(all.size(), skip());
        return all.subList(from, Math.min(all.size(), from + size));
    }
}
