package dev.practice2fa.benchmarks.footprint;

import dev.practice2fa.benchmarks.Measured;
import java.time.Duration;

/**
 * What one service cost.
 *
 * @param name the service
 * @param firstRequest from its process start to its first answered request
 * @param residentKilobytes its resident memory after the run
 */
public record ServiceFootprint(String name, Measured<Duration> firstRequest,
        Measured<Long> residentKilobytes) {
}
