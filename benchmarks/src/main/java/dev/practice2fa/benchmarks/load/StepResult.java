package dev.practice2fa.benchmarks.load;

import java.util.Map;

/**
 * What one run at a fixed arrival rate measured. Latency counts from each operation's intended
 * start, so time an operation spent waiting behind a stall (in the service, in the connection
 * pool, or in the generator itself) is part of it.
 *
 * @param ratePerSecond the arrival rate asked for
 * @param planned operations the schedule held
 * @param succeeded operations that finished without error
 * @param errors operations that failed, were refused for too many in flight, or timed out
 * @param latency percentiles over every finished or timed-out operation
 * @param maxStartLagMicros how late the generator started its most delayed operation
 * @param errorReasons a few distinct reasons with their counts
 */
public record StepResult(double ratePerSecond, int planned, long succeeded, long errors,
        LatencySummary latency, long maxStartLagMicros, Map<String, Long> errorReasons) {
    public StepResult {
        errorReasons = Map.copyOf(errorReasons);
    }
}
