package io.qualgraph.search;

import java.util.List;

/**
 * One match: what it is, its id and name, a few words that tell it apart ({@code detail}: jurisdiction and
 * industry, title and employer, …), the entity and account to open for it (null when it has none), and the index's
 * relevance ({@code score}, comparable within one kind only; an exact id scores highest).
 */
public record SearchHit(SearchKind kind, String id, String name, List<String> detail, String entityId, String accountId,
        String accountName, double score) {
}
