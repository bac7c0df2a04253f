package dev.practice2fa.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoopbackTests {
    @Test
    void acceptsAddressesOnTheLoopbackOnly() {
        assertThat(Loopback.requireUrl("http://127.0.0.1:8082").getPort()).isEqualTo(8082);
        assertThat(Loopback.requireServers("127.0.0.1:19092, 127.0.0.1:19094")).contains("19094");
    }

    @Test
    void refusesAnyOtherHostBeforeSendingAnything() {
        assertThatThrownBy(() -> Loopback.requireUrl("http://169.254.169.254:80"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Loopback.requireServers("127.0.0.1:19092,kafka:9092"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Loopback.requireUrl("http://127.0.0.1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no port");
    }
}
