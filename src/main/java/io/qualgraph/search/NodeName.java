package io.qualgraph.search;

import io.qualgraph.risk.RiskLevel;

/**
 * The name behind an id, for labels: what it is, its name, a contact's title, the account it belongs to, and for a
 * legal entity its stored current risk level (the level only, as sales may see it).
 */
public record NodeName(String id, SearchKind kind, String name, String title, String accountId, RiskLevel riskLevel) {
}
