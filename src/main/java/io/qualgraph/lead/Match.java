package io.qualgraph.lead;

import java.util.List;

/**
 * What a lead resolved to: the legal entity, its account (the family's ultimate parent), how, with what confidence
 * (1 for an identifier, below 1 for a domain or a name), the evidence in words, and the other entities that also fit.
 */
public record Match(String entityId, String accountId, MatchMethod method, double confidence, List<String> evidence,
        List<Alternative> alternatives) {

    /** Another entity the lead could be about, and why it was not chosen. */
    public record Alternative(String entityId, String name, String accountId, String reason) {
    }

    Match withAccount(String account) {
        return new Match(entityId, account, method, confidence, evidence, alternatives);
    }
}
