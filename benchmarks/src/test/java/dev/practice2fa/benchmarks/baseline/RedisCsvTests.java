package dev.practice2fa.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedisCsvTests {
    private static final String OUTPUT = """
            "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms",\
            "p95_latency_ms","p99_latency_ms","max_latency_ms"
            "GETDEL benchmark:code:__rand_int__","142857.14","0.070","0.016","0.063",\
            "0.127","0.199","3.255"
            """;

    @Test
    void readsTheRateAndPercentilesOfTheGetDelRowByColumnName() {
        RedisGetDel getDel = RedisCsv.read(OUTPUT, "GETDEL", 16);

        assertThat(getDel.opsPerSecond()).isEqualTo(142857.14);
        assertThat(getDel.p50Millis()).isEqualTo(0.063);
        assertThat(getDel.p99Millis()).isEqualTo(0.199);
        assertThat(getDel.connections()).isEqualTo(16);
    }

    @Test
    void findsTheRowWhateverTheColumnOrder() {
        String reordered = """
                "p99_latency_ms","test","p50_latency_ms","rps"
                "0.5","GETDEL key","0.1","90000.00"
                """;

        assertThat(RedisCsv.read(reordered, "GETDEL", 4).opsPerSecond()).isEqualTo(90000.0);
    }

    @Test
    void refusesOutputWithoutAGetDelRow() {
        String onlySet = OUTPUT.replace("GETDEL", "SET");

        assertThatThrownBy(() -> RedisCsv.read(onlySet, "GETDEL", 16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no GETDEL row");
    }
}
