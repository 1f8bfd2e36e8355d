package io.qualgraph.lead;

/** What a person from sales decided about a lead, and the stage it moves the lead to. */
public enum SalesDecisionType {
    ACCEPT(LeadStage.SAL), QUALIFY(LeadStage.SQL), CONVERT(LeadStage.CONVERTED), REJECT(LeadStage.REJECTED),
    RECYCLE(LeadStage.RECYCLED);

    private final LeadStage stage;

    SalesDecisionType(LeadStage stage) {
        this.stage = stage;
    }

    LeadStage stage() {
        return stage;
    }
}
