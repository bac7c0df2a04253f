package dev.practice2fa.benchmarks.baseline;

/**
 * What redis-benchmark measured for GETDEL: a closed loop of {@code connections} clients, each
 * sending its next command when the last was answered, so the rate is the most Redis and its
 * client answer at that concurrency on this machine.
 *
 * @param opsPerSecond commands answered per second
 * @param p50Millis median latency
 * @param p99Millis 99th percentile latency
 * @param connections clients sending at once
 */
public record RedisGetDel(double opsPerSecond, double p50Millis, double p99Millis, int connections) {
}
