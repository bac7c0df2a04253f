package dev.practice2fa.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTests {
    @Test
    void showsRatiosWithTwoDecimals() {
        assertThat(Formats.ratio(3.814)).isEqualTo("3.81");
        assertThat(Formats.ratio(0.15)).isEqualTo("0.15");
        assertThat(Formats.ratio(0)).isEqualTo("0.00");
    }

    @Test
    void showsSmallRatiosWithTwoSignificantDigitsSoTheyNeverReadAsZero() {
        assertThat(Formats.ratio(467.0 / 132_275)).isEqualTo("0.0035");
        assertThat(Formats.ratio(590.0 / 36_070)).isEqualTo("0.016");
    }
}
