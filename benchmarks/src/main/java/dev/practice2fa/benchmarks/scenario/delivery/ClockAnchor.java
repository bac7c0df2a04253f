package dev.practice2fa.benchmarks.scenario.delivery;

import java.time.Instant;

/**
 * Ties the wall clock, in which the SMS stand-in stamps what it receives, to the monotonic
 * clock in which the generator schedules, once, so both speak of the same moments.
 */
public final class ClockAnchor {
    private final long epochNanos;
    private final long nanoTime;

    ClockAnchor(long epochNanos, long nanoTime) {
        this.epochNanos = epochNanos;
        this.nanoTime = nanoTime;
    }

    public static ClockAnchor now() {
        Instant wall = Instant.now();
        long monotonic = System.nanoTime();
        return new ClockAnchor(wall.getEpochSecond() * 1_000_000_000L + wall.getNano(), monotonic);
    }

    /** The {@link System#nanoTime()} of a wall-clock moment given in epoch milliseconds. */
    public long nanoTimeOf(long epochMillis) {
        return nanoTime + (epochMillis * 1_000_000L - epochNanos);
    }

    /** The wall-clock moment, in epoch milliseconds, of a {@link System#nanoTime()}. */
    public long epochMillisOf(long nanos) {
        return Math.floorDiv(epochNanos + (nanos - nanoTime), 1_000_000L);
    }
}
