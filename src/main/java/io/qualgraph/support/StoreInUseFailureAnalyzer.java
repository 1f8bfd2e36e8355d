package io.qualgraph.support;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Replaces the stack trace of a second process on the same embedded store with what to do about it. */
class StoreInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4j.StoreInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, EmbeddedNeo4j.StoreInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other Qualgraph process, or start this one with another QUALGRAPH_DATA_DIR "
                        + "(and QUALGRAPH_BOLT_PORT / SERVER_PORT if those are taken too).", cause);
    }
}
