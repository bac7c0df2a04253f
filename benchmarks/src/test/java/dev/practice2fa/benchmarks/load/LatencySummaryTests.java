package dev.practice2fa.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencySummaryTests {
    @Test
    void readsMedianAnd99thPercentileWithinThreeSignificantDigits() {
        Histogram histogram = new Histogram(StepRecorder.HIGHEST_MICROS, 3);
        for (long millis = 1; millis <= 100; millis++) {
            histogram.recordValue(millis * 1_000);
        }

        LatencySummary summary = LatencySummary.of(histogram);

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Millis()).isCloseTo(50.0, within(0.05));
        assertThat(summary.p99Millis()).isCloseTo(99.0, within(0.1));
        assertThat(summary.maxMillis()).isCloseTo(100.0, within(0.1));
    }

    @Test
    void twoSlowOperationsInAHundredSetThe99thPercentile() {
        Histogram histogram = new Histogram(StepRecorder.HIGHEST_MICROS, 3);
        histogram.recordValueWithCount(1_000, 98);
        histogram.recordValueWithCount(500_000, 2);

        LatencySummary summary = LatencySummary.of(histogram);

        assertThat(summary.p50Millis()).isCloseTo(1.0, within(0.01));
        assertThat(summary.p99Millis()).isCloseTo(500.0, within(0.5));
    }

    @Test
    void summarisesNothingAsZeroes() {
        LatencySummary summary = LatencySummary.of(new Histogram(StepRecorder.HIGHEST_MICROS, 3));

        assertThat(summary).isEqualTo(LatencySummary.EMPTY);
    }
}
