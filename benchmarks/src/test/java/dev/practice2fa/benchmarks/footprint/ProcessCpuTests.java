package dev.practice2fa.benchmarks.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessCpuTests {
    @Test
    void addsUserAndSystemTicksCountingFieldsFromTheEndOfTheName() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 9 0 0 0 1234 56 0 0 20 0 40 0";

        assertThat(ProcessCpu.ticksIn(stat)).hasValue(1_290);
    }

    @Test
    void sumsTheCpuTimeOfEveryProcessAndNoneWhenOneIsGone() {
        long self = ProcessHandle.current().pid();

        assertThat(new ProcessCpu(List.of(self)).used()).hasValueSatisfying(cpu ->
                assertThat(cpu).isPositive());
        assertThat(new ProcessCpu(List.of(self, Long.MAX_VALUE)).used()).isEmpty();
    }

}
