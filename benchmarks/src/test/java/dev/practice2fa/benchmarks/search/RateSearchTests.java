package dev.practice2fa.benchmarks.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.practice2fa.benchmarks.load.LatencySummary;
import dev.practice2fa.benchmarks.load.StepResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateSearchTests {
    private static final SearchSettings SETTINGS = new SearchSettings(100, 2, 10_000, 2, 0,
            Duration.ofMillis(10));

    private final List<Double> ratesRun = new ArrayList<>();

    @Test
    void climbsUntilP99ExceedsTheBoundThenNarrowsTheGap() {
        // p99 grows by 1 ms per 100/s: 10 ms is reached at 900/s.
        SearchResult result = new RateSearch(SETTINGS).search(rate -> step(rate, rate / 100, 0));

        assertThat(ratesRun).containsExactly(100.0, 200.0, 400.0, 800.0, 1600.0, 1131.0, 951.0);
        assertThat(result.best()).hasValueSatisfying(best -> {
            assertThat(best.ratePerSecond()).isEqualTo(951.0);
            assertThat(best.latency().p99Millis()).isEqualTo(9.51);
            assertThat(best.latency().p50Millis()).isEqualTo(4.755);
            assertThat(best.errors()).isZero();
        });
        assertThat(result.stopReason()).isEqualTo("p99 16.00 ms above the bound of 10 ms at 1600/s");
        assertThat(result.steps()).extracting(StepResult::ratePerSecond).isSorted();
    }

    @Test
    void stopsClimbingAtTheFirstError() {
        SearchSettings noRefinement = new SearchSettings(100, 2, 10_000, 0, 0, Duration.ofMillis(10));

        SearchResult result = new RateSearch(noRefinement)
                .search(rate -> step(rate, 1, rate >= 400 ? 3 : 0));

        assertThat(ratesRun).containsExactly(100.0, 200.0, 400.0);
        assertThat(result.best()).map(StepResult::ratePerSecond).contains(200.0);
        assertThat(result.stopReason()).startsWith("3 errors at 400/s");
    }

    @Test
    void stopsAtTheHighestRateWhenEveryStepHolds() {
        SearchSettings lowTop = new SearchSettings(100, 2, 300, 2, 0, Duration.ofMillis(10));

        SearchResult result = new RateSearch(lowTop).search(rate -> step(rate, 1, 0));

        assertThat(ratesRun).containsExactly(100.0, 200.0, 300.0);
        assertThat(result.best()).map(StepResult::ratePerSecond).contains(300.0);
        assertThat(result.stopReason()).isEqualTo("reached the highest rate tried, 300/s");
    }

    @Test
    void runsAFailingStepAgainBeforeEndingTheClimb() {
        SearchSettings oneRetry = new SearchSettings(100, 2, 10_000, 0, 1, Duration.ofMillis(10));
        List<Double> p99s = new ArrayList<>(List.of(1.0, 50.0, 1.0, 1.0, 50.0, 50.0));

        SearchResult result = new RateSearch(oneRetry).search(rate -> step(rate, p99s.remove(0), 0));

        assertThat(ratesRun).containsExactly(100.0, 200.0, 200.0, 400.0, 800.0, 800.0);
        assertThat(result.best()).map(StepResult::ratePerSecond).contains(400.0);
    }

    @Test
    void findsNothingWhenTheFirstRatesAllFail() {
        SearchResult result = new RateSearch(SETTINGS).search(rate -> step(rate, 50, 0));

        assertThat(ratesRun).containsExactly(100.0, 200.0, 400.0);
        assertThat(result.best()).isEmpty();
        assertThat(result.lightest()).isPresent();
        assertThat(result.stopReason()).isEqualTo("p99 50.00 ms above the bound of 10 ms at 400/s");
    }

    @Test
    void climbsPastALightLoadThatMissesItsBoundUntilARateHolds() {
        // Slow at 100/s and 200/s (threads woken for every request), within the bound from
        // 400/s, over it again from 3200/s.
        SearchSettings noRefinement = new SearchSettings(100, 2, 10_000, 0, 0, Duration.ofMillis(10));

        SearchResult result = new RateSearch(noRefinement)
                .search(rate -> step(rate, rate < 400 ? 14 : rate / 300, 0));

        assertThat(ratesRun).containsExactly(100.0, 200.0, 400.0, 800.0, 1600.0, 3200.0);
        assertThat(result.best()).map(StepResult::ratePerSecond).contains(1600.0);
    }

    @Test
    void endsTheClimbAtTheFirstMissOnceARateHeld() {
        SearchSettings noRefinement = new SearchSettings(100, 2, 10_000, 0, 0, Duration.ofMillis(10));

        new RateSearch(noRefinement).search(rate -> step(rate, rate == 200 ? 50 : 1, 0));

        assertThat(ratesRun).containsExactly(100.0, 200.0);
    }

    @Test
    void climbsByAtLeastOneOperationPerSecondWhenTheFactorRoundsAway() {
        SearchSettings gentle = new SearchSettings(1, 1.2, 4, 0, 0, Duration.ofMillis(10));

        new RateSearch(gentle).search(rate -> step(rate, 1, 0));

        assertThat(ratesRun).containsExactly(1.0, 2.0, 3.0, 4.0);
    }

    @Test
    void aStepWithOperationsLeftUnfinishedDoesNotHold() {
        StepResult unfinished = new StepResult(100, 100, 99, 0, summary(1), 0, Map.of());

        assertThat(RateSearch.holds(unfinished, SETTINGS.p99Bound())).isFalse();
        assertThat(RateSearch.holds(step(100, 10, 0), SETTINGS.p99Bound())).isTrue();
        assertThat(RateSearch.holds(step(100, 10.001, 0), SETTINGS.p99Bound())).isFalse();
    }

    private StepResult step(double rate, double p99Millis, long errors) {
        ratesRun.add(rate);
        int planned = (int) rate;
        return new StepResult(rate, planned, planned - errors, errors, summary(p99Millis), 0,
                errors == 0 ? Map.of() : Map.of("POST /x answered 503", errors));
    }

    private static LatencySummary summary(double p99Millis) {
        long p99 = Math.round(p99Millis * 1000);
        return new LatencySummary(100, p99 / 2, p99, p99);
    }
}
