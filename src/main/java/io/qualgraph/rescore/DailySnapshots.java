package io.qualgraph.rescore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.qualgraph.accounts.AccountQualification;
import io.qualgraph.support.StartupGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (UTC) every account is re-scored and snapshotted as run {@code daily-YYYY-MM-DD}, so that score history
 * fills without an admin; checked on the refresh schedule, and a day's run is stored once however often it is checked.
 */
@Component
class DailySnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(DailySnapshots.class);

    private final Rescore rescore;
    private final Clock clock;
    private final StartupGate started;

    DailySnapshots(Rescore rescore, Clock clock, StartupGate started) {
        this.rescore = rescore;
        this.clock = clock;
        this.started = started;
    }

    @Scheduled(initialDelayString = "${qualgraph.refresh.initial-delay:PT30S}", fixedDelayString = "${qualgraph.refresh.every:PT5M}")
    void snapshotWhenDue() {
        String id = "daily-" + LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!started.isOpen() || rescore.stored(id).isPresent()) {
            return;
        }
        Rescore.Run run = rescore.run(id, SnapshotTrigger.DAILY, AccountQualification.Progress.SILENT);
        LOG.info("Daily score snapshots {}: {} accounts in {} ms", id, run.accounts(), run.millis());
    }
}
