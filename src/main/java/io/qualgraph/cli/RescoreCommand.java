package io.qualgraph.cli;

import java.util.List;
import java.util.UUID;

import io.qualgraph.rescore.Rescore;

import org.springframework.stereotype.Component;

/** {@code rescore}: scores every account now, stores the snapshots, prints progress. */
@Component
class RescoreCommand implements Command {

    private final Rescore rescore;

    RescoreCommand(Rescore rescore) {
        this.rescore = rescore;
    }

    @Override
    public String name() {
        return "rescore";
    }

    @Override
    public String usage() {
        return "— re-score every account as of now and store a snapshot per account";
    }

    @Override
    public int run(List<String> args) {
        long started = System.nanoTime();
        Rescore.Run run = rescore.run(UUID.randomUUID().toString(), (done, total) -> System.out.printf(
                "scored %,d of %,d accounts (%.1f s)%n", done, total, (System.nanoTime() - started) / 1e9));
        System.out.printf("Re-score %s: %,d accounts as of %s with model %s in %,d ms%n", run.id(), run.accounts(),
                run.asOf(), run.modelVersion(), run.millis());
        return 0;
    }
}
