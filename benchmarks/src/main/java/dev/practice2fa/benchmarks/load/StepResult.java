package dev.practice2fa.benchmarks.load;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

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
 * @param servicesCpu CPU time the services used from the step's first start to its last answer,
 *     when it could be read
 */
public record StepResult(double ratePerSecond, int planned, long succeeded, long errors,
        LatencySummary latency, long maxStartLagMicros, Map<String, Long> errorReasons,
        Optional<Duration> servicesCpu) {
    public StepResult {
        errorReasons = Map.copyOf(errorReasons);
    }

    /** A step whose services' CPU time was not read. */
    public StepResult(double ratePerSecond, int planned, long succeeded, long errors,
            LatencySummary latency, long maxStartLagMicros, Map<String, Long> errorReasons) {
        this(ratePerSecond, planned, succeeded, errors, latency, maxStartLagMicros, errorReasons,
                Optional.empty());
    }

    /** This step with the CPU time the services used during it. */
    public StepResult withServicesCpu(Optional<Duration> cpu) {
        return new StepResult(ratePerSecond, planned, succeeded, errors, latency, maxStartLagMicros,
                errorReasons, cpu);
    }

    /**
     * The services' CPU time per planned operation, in milliseconds: what one operation costs
     * the machine whatever else shares it, and so what bounds the rate two cores can sustain.
     */
    public Optional<Double> cpuMillisPerOperation() {
        return planned == 0 ? Optional.empty()
                : servicesCpu.map(cpu -> cpu.toNanos() / 1e6 / planned);
    }
}
