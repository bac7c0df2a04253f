package dev.practice2fa.benchmarks.load;

import java.time.Duration;

/**
 * Bounds of one run at a fixed arrival rate, so that no run can grow without end.
 *
 * @param duration how long operations are started for
 * @param maxOperations the most operations started, whatever the rate and duration
 * @param maxInFlight the most operations unfinished at once; one more is refused and counted
 *     as an error rather than queued without bound
 * @param drainTimeout how long after the last intended start unfinished operations are awaited
 *     before they count as timed out
 */
public record StepLimits(Duration duration, int maxOperations, int maxInFlight, Duration drainTimeout) {
    public StepLimits {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A step lasts a positive time, not " + duration);
        }
        if (maxOperations < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("A step allows at least one operation");
        }
        if (drainTimeout.isNegative()) {
            throw new IllegalArgumentException("The drain timeout is not negative");
        }
    }

    /** The same limits for a step of another duration. */
    public StepLimits withDuration(Duration other) {
        return new StepLimits(other, maxOperations, maxInFlight, drainTimeout);
    }
}
