package dev.practice2fa.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepResultTests {
    private static final StepResult STEP = new StepResult(200, 400, 400, 0,
            new LatencySummary(400, 1_000, 4_000, 5_000), 0, Map.of());

    @Test
    void dividesTheServicesCpuTimeByTheStepsOperations() {
        StepResult measured = STEP.withServicesCpu(Optional.of(Duration.ofMillis(100)));

        assertThat(measured.cpuMillisPerOperation()).hasValue(0.25);
        assertThat(measured.latency()).isEqualTo(STEP.latency());
    }

    @Test
    void hasNoCpuCostWhenTheServicesCouldNotBeRead() {
        assertThat(STEP.cpuMillisPerOperation()).isEmpty();
        assertThat(STEP.withServicesCpu(Optional.empty()).cpuMillisPerOperation()).isEmpty();
    }
}
