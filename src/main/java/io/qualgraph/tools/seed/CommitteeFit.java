package io.qualgraph.tools.seed;

import io.qualgraph.scoring.CommitteeRole;
import io.qualgraph.tools.seed.SeedContact.EmailKind;

/** How well a contact suits a committee role (seniority and department), before randomness. */
final class CommitteeFit {

    private CommitteeFit() {
    }

    static double score(CommitteeRole role, SeedContact c) {
        double base = c.emailKind() == EmailKind.COMPANY ? 0 : -3;
        base += c.junior() ? -2.5 : 0;
        if (role == null) {
            return base + c.activity() * 0.5;
        }
        String dept = c.department();
        boolean technical = dept.equals("IT") || dept.equals("Engineering") || dept.equals("Data & Analytics");
        return base + switch (role) {
            case ECONOMIC_BUYER -> c.senior() ? 3 : c.seniority().name().equals("DIRECTOR") ? 1.5 : -1;
            case DECISION_MAKER -> c.senior() || c.seniority().name().equals("DIRECTOR") ? 2.5 : 0;
            case TECHNICAL_EVALUATOR -> technical ? 2.5 : 0;
            case CHAMPION -> switch (c.seniority()) {
                case DIRECTOR, MANAGER -> 2.5;
                case VP -> 1.5;
                default -> 0.5;
            };
            case PROCUREMENT -> dept.equals("Procurement") ? 3 : dept.equals("Finance") ? 1.5 : 0;
            case USER -> c.seniority().name().equals("INDIVIDUAL") ? 2.5 : 0.5;
            case INFLUENCER -> 1;
            case BLOCKER -> dept.equals("Finance") || dept.equals("Legal & Compliance") ? 2 : 0.5;
        };
    }
}
