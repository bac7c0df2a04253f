package dev.practice2fa.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkSettingsTests {
    @TempDir
    Path repository;

    @Test
    void defaultsToTheLocalStackAndTheServicesAsBinRunLeavesThem() {
        BenchmarkSettings settings = BenchmarkSettings.from(Map.of(), repository);

        assertThat(settings.kafkaBootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(settings.challengePort()).isEqualTo(8082);
        assertThat(settings.noOpPath()).isEqualTo("/benchmark/no-op");
        assertThat(settings.resultsFolder()).isEqualTo(repository.resolve("benchmarks/results"));
        assertThat(settings.scenarios()).isEqualTo(BenchmarkSettings.ALL_SCENARIOS);
        assertThat(settings.p99Bound()).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    void readsTheStacksOwnVariablesAndItsCodeTransportKey() throws Exception {
        Path stack = repository.resolve("stack");
        Files.createDirectories(stack.resolve("keys"));
        Files.writeString(stack.resolve("keys/code-transport.key"), "a2V5\n");

        BenchmarkSettings settings = BenchmarkSettings.from(Map.of(
                "PRACTICE2FA_STACK_DIR", stack.toString(),
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:25092",
                "REDIS_PORT", "25379",
                "MAIL_API_PORT", "25026",
                "BENCH_SCENARIOS", "totp-verification, sms-delivery"), repository);

        assertThat(settings.codeTransportKey()).isEqualTo("a2V5");
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("127.0.0.1:25092");
        assertThat(settings.redisPort()).isEqualTo(25379);
        assertThat(settings.mailApiUrl()).isEqualTo("http://127.0.0.1:25026");
        assertThat(settings.scenarios()).containsExactly("totp-verification", "sms-delivery");
    }

    @Test
    void runsNoScenarioWhenAskedForNone() {
        assertThat(BenchmarkSettings.from(Map.of("BENCH_SCENARIOS", "none"), repository).scenarios()).isEmpty();
    }

    @Test
    void refusesAnUnknownScenarioAndAnAddressOffTheMachine() {
        assertThatThrownBy(() -> BenchmarkSettings.from(Map.of("BENCH_SCENARIOS", "login"), repository))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown scenarios [login]");
        assertThatThrownBy(() -> BenchmarkSettings.from(Map.of("SMS_PROVIDER_URL", "http://10.1.1.1:80"),
                repository))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
