package dev.practice2fa.benchmarks.load;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The bookkeeping of one step: which operations are still out, their latencies and their
 * errors. Each operation ends exactly once, by finishing or by timing out, whichever comes
 * first; a late answer after a time-out changes nothing.
 */
final class StepRecorder {
    /** An hour in microseconds: anything slower is recorded as an hour. */
    static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);
    private static final int PENDING = 0;
    private static final int ENDED = 1;
    private static final int MAX_REASON_LENGTH = 160;

    private final long[] intended;
    private final AtomicIntegerArray states;
    private final CountDownLatch unfinished;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int maxInFlight;
    private final Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final LongAdder succeeded = new LongAdder();
    private final ErrorTally errors = new ErrorTally();
    private long maxStartLagNanos;

    StepRecorder(int operations, int maxInFlight) {
        this.intended = new long[operations];
        this.states = new AtomicIntegerArray(operations);
        this.unfinished = new CountDownLatch(operations);
        this.maxInFlight = maxInFlight;
    }

    void noteStartLag(long lagNanos) {
        maxStartLagNanos = Math.max(maxStartLagNanos, lagNanos);
    }

    void start(int index, long intendedNanos, Operation operation) {
        intended[index] = intendedNanos;
        if (inFlight.incrementAndGet() > maxInFlight) {
            refuse(index);
            return;
        }
        CompletionStage<Long> stage;
        try {
            stage = operation.start(index, intendedNanos);
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((endedAt, failure) -> finish(index, intendedNanos, endedAt, failure));
    }

    /** Waits for every operation until {@code deadlineNanos}; the rest time out then. */
    void awaitUntil(long deadlineNanos) {
        try {
            unfinished.await(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long end = Math.max(deadlineNanos, System.nanoTime());
        for (int index = 0; index < intended.length; index++) {
            if (states.compareAndSet(index, PENDING, ENDED)) {
                inFlight.decrementAndGet();
                record(end - intended[index]);
                errors.add("no answer before the step's drain timeout");
            }
        }
    }

    StepResult result(double ratePerSecond) {
        return new StepResult(ratePerSecond, intended.length, succeeded.sum(), errors.total(),
                LatencySummary.of(latencies.copy()), maxStartLagNanos / 1000, errors.snapshot());
    }

    private void refuse(int index) {
        inFlight.decrementAndGet();
        states.set(index, ENDED);
        errors.add("refused: more than " + maxInFlight + " operations in flight");
        unfinished.countDown();
    }

    private void finish(int index, long intendedNanos, Long endedAt, Throwable failure) {
        if (!states.compareAndSet(index, PENDING, ENDED)) {
            return;
        }
        inFlight.decrementAndGet();
        long end = failure == null && endedAt != null ? endedAt : System.nanoTime();
        record(end - intendedNanos);
        if (failure == null) {
            succeeded.increment();
        } else {
            errors.add(reasonOf(failure));
        }
        unfinished.countDown();
    }

    private void record(long latencyNanos) {
        long micros = Math.max(0, latencyNanos / 1000);
        latencies.recordValue(Math.min(micros, HIGHEST_MICROS));
    }

    static String reasonOf(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > MAX_REASON_LENGTH ? message.substring(0, MAX_REASON_LENGTH) : message;
    }
}
