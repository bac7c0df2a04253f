package dev.practice2fa.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadGeneratorTests {
    private static final StepLimits ONE_SECOND = new StepLimits(Duration.ofSeconds(1), 100_000, 10_000,
            Duration.ofSeconds(2));

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final LoadGenerator generator = new LoadGenerator();

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void startsEachOperationWhenDueWhileEarlierOnesAreStillRunning() {
        ConcurrentLinkedQueue<Long> lateness = new ConcurrentLinkedQueue<>();
        Operation fiftyMillis = (index, intended) -> {
            lateness.add(System.nanoTime() - intended);
            return finishAfter(Duration.ofMillis(50));
        };

        StepResult result = generator.run(100, fiftyMillis, ONE_SECOND.withDuration(Duration.ofMillis(500)));

        assertThat(result.planned()).isEqualTo(50);
        assertThat(result.succeeded()).isEqualTo(50);
        // A closed loop would start the last one about 2 s late; a busy shared machine may add
        // tens of milliseconds of its own.
        assertThat(lateness).hasSize(50).allSatisfy(late -> assertThat(late).isLessThan(200_000_000L));
        assertThat(result.latency().p50Millis()).isBetween(50.0, 250.0);
    }

    @Test
    void aStallInTheSendingPathShowsInTheLatencyOfEveryOperationDueDuringIt() {
        Operation stallsOnce = (index, intended) -> {
            if (index == 100) {
                sleep(Duration.ofMillis(300));
            }
            return CompletableFuture.completedFuture(System.nanoTime());
        };

        StepResult result = generator.run(500, stallsOnce, ONE_SECOND);

        assertThat(result.succeeded()).isEqualTo(500);
        assertThat(result.maxStartLagMicros()).isGreaterThanOrEqualTo(280_000);
        assertThat(result.latency().p99Millis()).isGreaterThanOrEqualTo(250.0);
        assertThat(result.latency().p50Millis()).isLessThan(100.0);
    }

    @Test
    void countsFailuresAsErrorsWithTheirReason() {
        Operation failsOddOnes = (index, intended) -> index % 2 == 1
                ? CompletableFuture.failedFuture(new IllegalStateException("POST /x answered 503"))
                : CompletableFuture.completedFuture(System.nanoTime());

        StepResult result = generator.run(200, failsOddOnes, ONE_SECOND.withDuration(Duration.ofMillis(100)));

        assertThat(result.planned()).isEqualTo(20);
        assertThat(result.succeeded()).isEqualTo(10);
        assertThat(result.errors()).isEqualTo(10);
        assertThat(result.errorReasons()).containsEntry("POST /x answered 503", 10L);
    }

    @Test
    void timesOutOperationsThatNeverEndWithinTheDrainTimeout() {
        StepLimits limits = new StepLimits(Duration.ofMillis(200), 1_000, 1_000, Duration.ofMillis(300));
        Operation halfNeverEnd = (index, intended) -> index % 2 == 0
                ? new CompletableFuture<>()
                : CompletableFuture.completedFuture(System.nanoTime());
        long began = System.nanoTime();

        StepResult result = generator.run(100, halfNeverEnd, limits);

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
        assertThat(result.errors()).isEqualTo(10);
        assertThat(result.errorReasons()).containsEntry("no answer before the step's drain timeout", 10L);
        assertThat(result.latency().p99Millis()).isGreaterThanOrEqualTo(300.0);
    }

    @Test
    void refusesOperationsBeyondTheInFlightLimitInsteadOfQueueingThem() {
        StepLimits limits = new StepLimits(Duration.ofMillis(100), 1_000, 5, Duration.ofMillis(100));
        Operation neverEnds = (index, intended) -> new CompletableFuture<>();

        StepResult result = generator.run(200, neverEnds, limits);

        assertThat(result.planned()).isEqualTo(20);
        assertThat(result.errorReasons())
                .containsEntry("refused: more than 5 operations in flight", 15L)
                .containsEntry("no answer before the step's drain timeout", 5L);
    }

    private CompletionStage<Long> finishAfter(Duration delay) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        timer.schedule(() -> done.complete(System.nanoTime()), delay.toNanos(), TimeUnit.NANOSECONDS);
        return done;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
