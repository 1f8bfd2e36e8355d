package io.qualgraph.risk;

import java.util.List;

/**
 * Why a level applies: the rule, a sentence a reviewer can check by hand, the chain of ids it rests on (from the
 * party that carries the finding down to the entity it is about) and the level this item gives.
 */
public record Evidence(String rule, RiskLevel level, String subject, String detail, List<String> path) {

    public Evidence {
        path = List.copyOf(path);
    }
}
