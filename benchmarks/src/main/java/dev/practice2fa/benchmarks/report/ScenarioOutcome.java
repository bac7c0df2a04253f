package dev.practice2fa.benchmarks.report;

import dev.practice2fa.benchmarks.Measured;
import dev.practice2fa.benchmarks.search.SearchResult;
import java.util.Optional;

/**
 * One scenario as the report shows it.
 *
 * @param slug the file name of its chart, without extension
 * @param title what it measures
 * @param search its rate search, or why it did not run
 * @param yardstick the baseline it is compared with
 * @param target what it is expected to reach, if anything
 */
public record ScenarioOutcome(String slug, String title, Measured<SearchResult> search, Yardstick yardstick,
        Optional<Target> target) {
}
