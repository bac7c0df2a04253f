package dev.practice2fa.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KafkaLatencyOutputTests {
    private static final String OUTPUT = """
            Topic "benchmark-end-to-end-latency" does not exist. Will create topic with 1 partition(s)
            0\t48.123
            1000\t1.532
            Avg latency: 5.1425 ms
            Percentiles: 50th = 3, 99th = 36, 99.9th = 122
            """;

    @Test
    void readsTheAverageAndTheWholeMillisecondPercentiles() {
        KafkaEndToEnd latency = KafkaLatencyOutput.read(OUTPUT, 2_000);

        assertThat(latency.records()).isEqualTo(2_000);
        assertThat(latency.averageMillis()).isEqualTo(5.1425);
        assertThat(latency.p50Millis()).isEqualTo(3);
        assertThat(latency.p99Millis()).isEqualTo(36);
        assertThat(latency.p999Millis()).isEqualTo(122);
    }

    @Test
    void countsATruncatedZeroP99AsOneMillisecondForComparison() {
        KafkaEndToEnd subMillisecond = KafkaLatencyOutput.read(
                "Avg latency: 0.4100 ms\nPercentiles: 50th = 0, 99th = 0, 99.9th = 1\n", 100);

        assertThat(subMillisecond.p99ForComparison()).isEqualTo(1);
    }

    @Test
    void refusesOutputWithoutPercentiles() {
        assertThatThrownBy(() -> KafkaLatencyOutput.read("Avg latency: 1.0 ms\n", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Percentiles");
    }
}
