package dev.practice2fa.benchmarks.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentMemoryTests {
    @Test
    void readsTheVmRssLineInKilobytes() {
        String status = "Name:\tjava\nVmPeak:\t 3000000 kB\nVmRSS:\t  204812 kB\nRssAnon:\t  150000 kB\n";

        assertThat(ResidentMemory.kilobytesIn(status)).hasValue(204_812);
    }

    @Test
    void readsThisProcessAsUsingSomeMemory() {
        assertThat(ResidentMemory.kilobytesOf(ProcessHandle.current().pid()).orElse(0))
                .isGreaterThan(10_000);
    }

    @Test
    void findsNothingForAStatusWithoutResidentMemory() {
        assertThat(ResidentMemory.kilobytesIn("Name:\tkthreadd\nState:\tS (sleeping)\n")).isEmpty();
    }
}
