package dev.practice2fa.benchmarks.load;

import org.HdrHistogram.AbstractHistogram;

/**
 * The percentiles of one run, in microseconds. HdrHistogram keeps three significant digits, so
 * a percentile is exact to 0.1 % of its value, and a percentile is the value at or below which
 * that share of the recorded latencies lies.
 *
 * @param count latencies recorded
 * @param p50Micros the median
 * @param p99Micros the 99th percentile
 * @param maxMicros the largest latency recorded
 */
public record LatencySummary(long count, long p50Micros, long p99Micros, long maxMicros) {
    /** The summary of nothing, for a run in which no operation finished. */
    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0);

    public static LatencySummary of(AbstractHistogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return EMPTY;
        }
        return new LatencySummary(histogram.getTotalCount(),
                histogram.getValueAtPercentile(50.0),
                histogram.getValueAtPercentile(99.0),
                histogram.getMaxValue());
    }

    public double p50Millis() {
        return p50Micros / 1000.0;
    }

    public double p99Millis() {
        return p99Micros / 1000.0;
    }

    public double maxMillis() {
        return maxMicros / 1000.0;
    }
}
