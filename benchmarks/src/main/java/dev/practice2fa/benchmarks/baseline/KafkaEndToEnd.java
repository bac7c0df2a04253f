package dev.practice2fa.benchmarks.baseline;

/**
 * What Kafka's own end-to-end latency tool measured: one record at a time produced and
 * consumed again, so no queueing, only the broker's and clients' own path. The tool prints its
 * percentiles truncated to whole milliseconds.
 *
 * @param records records sent
 * @param averageMillis mean latency, to the tool's four decimals
 * @param p50Millis median, whole milliseconds
 * @param p99Millis 99th percentile, whole milliseconds
 * @param p999Millis 99.9th percentile, whole milliseconds
 */
public record KafkaEndToEnd(int records, double averageMillis, long p50Millis, long p99Millis,
        long p999Millis) {
    /**
     * The 99th percentile to compare against: a truncated 0 means below one millisecond, so it
     * counts as one rather than making every ratio infinite.
     */
    public long p99ForComparison() {
        return Math.max(1, p99Millis);
    }
}
