package dev.practice2fa.benchmarks.search;

import java.time.Duration;

/**
 * How a rate search climbs: from {@code startRate}, each step {@code factor} times the last, up
 * to {@code maxRate}; a step that does not hold is run again up to {@code retries} times
 * before the climb ends, so one pause of a shared machine does not end it; then
 * {@code refinements} steps halfway (geometrically) between the last rate that held and the
 * first that did not.
 *
 * @param startRate operations per second of the first step
 * @param factor how much each step raises the rate, above 1
 * @param maxRate the highest rate tried
 * @param refinements steps spent narrowing the gap after the climb
 * @param retries how often a failing step of the climb is run again
 * @param p99Bound the 99th percentile latency a rate must stay within to hold
 */
public record SearchSettings(double startRate, double factor, double maxRate, int refinements, int retries,
        Duration p99Bound) {
    public SearchSettings {
        if (!(startRate >= 1) || !(factor > 1) || maxRate < startRate || refinements < 0
                || retries < 0) {
            throw new IllegalArgumentException("A search climbs from at least 1/s by a factor above 1 "
                    + "to a highest rate not below its start");
        }
    }

    /** The same climb with another bound. */
    public SearchSettings withBound(Duration bound) {
        return new SearchSettings(startRate, factor, maxRate, refinements, retries, bound);
    }

    /** The same climb over another range of rates. */
    public SearchSettings withRates(double start, double max) {
        return new SearchSettings(start, factor, max, refinements, retries, p99Bound);
    }
}
