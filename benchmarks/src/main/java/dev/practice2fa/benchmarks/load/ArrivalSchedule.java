package dev.practice2fa.benchmarks.load;

import java.time.Duration;

/**
 * When each operation of an open-model run is due: evenly spaced at a fixed rate, whatever
 * happened to the operations before it. Offsets are computed from the index rather than by
 * adding a rounded period, so that rounding never accumulates into a drift of the rate.
 */
public final class ArrivalSchedule {
    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final double ratePerSecond;
    private final int operations;

    public ArrivalSchedule(double ratePerSecond, Duration duration, int maxOperations) {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("The rate is a positive number, not " + ratePerSecond);
        }
        this.ratePerSecond = ratePerSecond;
        double wanted = Math.ceil(ratePerSecond * duration.toNanos() / NANOS_PER_SECOND);
        this.operations = (int) Math.max(1, Math.min(maxOperations, wanted));
    }

    public double ratePerSecond() {
        return ratePerSecond;
    }

    /** How many operations the run starts. */
    public int operations() {
        return operations;
    }

    /** The time from the start of the run at which operation {@code index} is due. */
    public long offsetNanos(int index) {
        return Math.round(index * NANOS_PER_SECOND / ratePerSecond);
    }
}
