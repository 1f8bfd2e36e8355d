package io.qualgraph.lead;

import java.time.Instant;

import io.qualgraph.accounts.AccountAnswer;

/** One lead evaluated at {@code asOf}: as stored, what its decision read, the decision and its account's answer. */
record Evaluated(LeadRow row, LeadSignals signals, LeadDecision decision, AccountAnswer account, String modelVersion,
        String persona, Instant asOf) {
}
