package dev.practice2fa.benchmarks.report;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What a scenario is expected to reach against its yardstick: a ratio at least (rates) or at
 * most (latencies) some bound, and for latencies perhaps a median at most some milliseconds.
 *
 * @param ratio the bound on the ratio to the yardstick
 * @param atLeast whether the ratio must be at least (true) or at most (false) the bound
 * @param medianAtMostMillis a bound on the median under light load, if any
 */
public record Target(double ratio, boolean atLeast, OptionalDouble medianAtMostMillis) {
    public static Target rateAtLeast(double ratio) {
        return new Target(ratio, true, OptionalDouble.empty());
    }

    public static Target latencyAtMost(double ratio, double medianMillis) {
        return new Target(ratio, false, OptionalDouble.of(medianMillis));
    }

    public boolean met(double measuredRatio, double medianMillis) {
        boolean ratioMet = atLeast ? measuredRatio >= ratio : measuredRatio <= ratio;
        return ratioMet && (medianAtMostMillis.isEmpty() || medianMillis <= medianAtMostMillis.getAsDouble());
    }

    public String describe(Yardstick yardstick) {
        String bound = String.format(Locale.ROOT, "%s %s x %s", atLeast ? ">=" : "<=", Formats.number(ratio),
                yardstick.words());
        return medianAtMostMillis.isEmpty() ? bound
                : String.format(Locale.ROOT, "p50 <= %s ms and p99 %s", Formats.number(
                        medianAtMostMillis.getAsDouble()), bound);
    }
}
