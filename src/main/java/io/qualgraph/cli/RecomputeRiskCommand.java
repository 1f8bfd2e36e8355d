package io.qualgraph.cli;

import java.util.List;

import io.qualgraph.risk.RiskRecompute;
import org.springframework.stereotype.Component;

/** {@code recompute-risk}: stores today's risk level of every legal entity again (after a list or config change). */
@Component
class RecomputeRiskCommand implements Command {

    private final RiskRecompute recompute;

    RecomputeRiskCommand(RiskRecompute recompute) {
        this.recompute = recompute;
    }

    @Override
    public String name() {
        return "recompute-risk";
    }

    @Override
    public String usage() {
        return "recompute-risk  — recompute and store the current KYC risk level of every legal entity";
    }

    @Override
    public int run(List<String> args) {
        RiskRecompute.Result r = recompute.all();
        System.out.printf("recompute-risk: %d entities (%d blocked): load %d ms, compute %d ms, write %d ms%n",
                r.entities(), r.blocked(), r.loadMillis(), r.computeMillis(), r.writeMillis());
        return 0;
    }
}
