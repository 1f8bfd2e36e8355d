package io.qualgraph.rescore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.qualgraph.accounts.AccountQualification;
import io.qualgraph.support.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RescoreRunsTests {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    private final Rescore rescore = mock(Rescore.class);
    private final RescoreRuns runs = new RescoreRuns(rescore, Clock.fixed(NOW, ZoneOffset.UTC));
    private final CountDownLatch halfway = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        runs.destroy();
    }

    /** A run that reports 40 of 100 accounts, then waits for the test to let it finish. */
    private void slowRun() {
        when(rescore.run(anyString(), any())).thenAnswer(call -> {
            AccountQualification.Progress progress = call.getArgument(1);
            progress.scored(40, 100);
            halfway.countDown();
            release.await(10, TimeUnit.SECONDS);
            progress.scored(100, 100);
            return new Rescore.Run(call.getArgument(0), NOW, "v1", 100, NOW, 7L);
        });
    }

    private RescoreRuns.Status awaitState(String id, RescoreRuns.State state) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (runs.status(id).orElseThrow().state() != state && System.nanoTime() < until) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        return runs.status(id).orElseThrow();
    }

    @Test
    void a_run_shows_its_progress_then_its_result_under_its_own_id() throws InterruptedException {
        slowRun();
        RescoreRuns.Status started = runs.start();
        assertThat(started.state()).isEqualTo(RescoreRuns.State.RUNNING);
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        RescoreRuns.Status midway = runs.status(started.id()).orElseThrow();
        assertThat(midway.scored()).isEqualTo(40);
        assertThat(midway.total()).isEqualTo(100);
        assertThat(midway.state()).isEqualTo(RescoreRuns.State.RUNNING);
        release.countDown();
        RescoreRuns.Status done = awaitState(started.id(), RescoreRuns.State.DONE);
        assertThat(done.result().id()).isEqualTo(started.id());
        assertThat(done.scored()).isEqualTo(100);
        assertThat(done.finishedAt()).isEqualTo(NOW);
    }

    @Test
    void a_second_start_while_one_runs_is_a_conflict_naming_the_running_one() throws InterruptedException {
        slowRun();
        RescoreRuns.Status first = runs.start();
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(runs::start).isInstanceOf(Problem.class).hasMessageContaining(first.id());
        release.countDown();
        awaitState(first.id(), RescoreRuns.State.DONE);
        RescoreRuns.Status second = runs.start();
        assertThat(awaitState(second.id(), RescoreRuns.State.DONE).state()).isEqualTo(RescoreRuns.State.DONE);
    }

    @Test
    void a_failed_run_says_why_and_frees_the_worker() {
        when(rescore.run(anyString(), any())).thenThrow(new IllegalStateException("database unavailable"));
        RescoreRuns.Status failed = awaitState(runs.start().id(), RescoreRuns.State.FAILED);
        assertThat(failed.error()).isEqualTo("IllegalStateException: database unavailable");
        assertThat(failed.result()).isNull();
        assertThat(awaitState(runs.start().id(), RescoreRuns.State.FAILED).state()).isEqualTo(RescoreRuns.State.FAILED);
    }

    @Test
    void only_the_last_runs_are_kept() {
        when(rescore.run(anyString(), any())).thenAnswer(call -> new Rescore.Run(call.getArgument(0), NOW, "v1", 0, NOW, 0L));
        String first = null;
        for (int i = 0; i <= RescoreRuns.KEPT; i++) {
            String id = runs.start().id();
            first = first == null ? id : first;
            awaitState(id, RescoreRuns.State.DONE);
        }
        assertThat(runs.status(first)).isEmpty();
    }
}
