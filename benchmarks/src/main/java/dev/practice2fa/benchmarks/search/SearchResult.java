package dev.practice2fa.benchmarks.search;

import dev.practice2fa.benchmarks.load.StepResult;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a rate search.
 *
 * @param steps every step run, in order of rate
 * @param best the highest rate that held, if any did
 * @param stopReason why the climb ended, in words for the report
 * @param p99Bound the bound the steps were held to
 */
public record SearchResult(List<StepResult> steps, Optional<StepResult> best, String stopReason,
        Duration p99Bound) {
    public SearchResult {
        steps = steps.stream()
                .sorted(Comparator.comparingDouble(StepResult::ratePerSecond))
                .toList();
    }

    /** The lowest-rate step: latency under light load. */
    public Optional<StepResult> lightest() {
        return steps.stream().findFirst();
    }
}
