package dev.practice2fa.benchmarks.load;

import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load generator: operations start at a fixed arrival rate whether or not earlier
 * ones have finished, and each latency counts from the operation's intended start. A closed
 * loop (send, wait, send again) would quietly send less while the service stalls and so hide
 * the stall from its percentiles; here a stall delays every operation due during it, and each
 * of those delays is recorded.
 *
 * <p>The generator never spins: it parks until the next operation is due, which costs a few tens
 * of microseconds of timer slack per start but leaves the shared cores to the services. Any
 * lateness of a start is counted in that operation's latency and reported as the start lag.
 */
public final class LoadGenerator {
    /** A moment of grace so the first operation is not already late when the loop begins. */
    private static final long START_DELAY_NANOS = 1_000_000;

    /** Runs one step: {@code operation} at {@code ratePerSecond} within {@code limits}. */
    public StepResult run(double ratePerSecond, Operation operation, StepLimits limits) {
        ArrivalSchedule schedule = new ArrivalSchedule(ratePerSecond, limits.duration(),
                limits.maxOperations());
        StepRecorder recorder = new StepRecorder(schedule.operations(), limits.maxInFlight());
        long start = System.nanoTime() + START_DELAY_NANOS;

        for (int index = 0; index < schedule.operations(); index++) {
            long intended = start + schedule.offsetNanos(index);
            recorder.noteStartLag(waitUntil(intended));
            recorder.start(index, intended, operation);
        }
        long lastIntended = start + schedule.offsetNanos(schedule.operations() - 1);
        recorder.awaitUntil(lastIntended + limits.drainTimeout().toNanos());
        return recorder.result(ratePerSecond);
    }

    /** Parks until {@code target}; answers how late it woke. */
    static long waitUntil(long target) {
        long now = System.nanoTime();
        while (now < target) {
            LockSupport.parkNanos(target - now);
            now = System.nanoTime();
        }
        return now - target;
    }
}
