package io.qualgraph.search;

import java.util.List;

/** The answer of {@code GET /api/search}: the text searched, the kinds searched, and the hits grouped by kind. */
public record SearchAnswer(String q, List<SearchKind> kinds, List<SearchHit> items) {
}
