package dev.practice2fa.benchmarks;

import dev.practice2fa.benchmarks.search.SearchSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything a run can be told, read from the environment; each has a default that suits the
 * local stack and {@code bin/run}. The stack's own variables ({@code PRACTICE2FA_STACK_DIR},
 * {@code KAFKA_BOOTSTRAP_SERVERS}, {@code REDIS_PORT}, {@code SMS_PROVIDER_URL},
 * {@code MAIL_API_PORT}, {@code CODE_TRANSPORT_KEY}, {@code TOTP_ENCRYPTION_KEY}) mean what they
 * mean to the services.
 *
 * @param repository the repository's root folder
 * @param stackFolder the local stack's state folder
 * @param resultsFolder where the report and charts go ({@code BENCH_RESULTS})
 * @param kafkaBootstrapServers the broker the services use
 * @param redisPort the Redis port the services use
 * @param smsProviderUrl the SMS stand-in
 * @param mailApiUrl the mail server's API
 * @param codeTransportKey the key the services seal codes with, base64
 * @param totpEncryptionKey the key a started challenge service encrypts TOTP secrets with
 * @param policyPort the policy service's port ({@code BENCH_POLICY_PORT}, 8081)
 * @param challengePort the challenge service's port ({@code BENCH_CHALLENGE_PORT}, 8082)
 * @param notificationPort the notification service's port ({@code BENCH_NOTIFICATION_PORT}, 8083)
 * @param startServices start a service that is not running ({@code BENCH_START_SERVICES}, true)
 * @param noOpPath the challenge service's no-op endpoint ({@code BENCH_NO_OP_PATH})
 * @param connections HTTP connections per service, and redis-benchmark clients
 *     ({@code BENCH_CONNECTIONS}, 16)
 * @param step how long each step of a search lasts ({@code BENCH_STEP_SECONDS}, 3)
 * @param warmUp the unrecorded run before each search ({@code BENCH_WARM_UP_SECONDS}, 5)
 * @param settle the pause after each step ({@code BENCH_SETTLE_MILLIS}, 1000)
 * @param startRate the first step's rate ({@code BENCH_START_RATE}, 50/s)
 * @param rateFactor how much each step raises the rate ({@code BENCH_RATE_FACTOR}, 1.6)
 * @param maxRate the highest rate tried ({@code BENCH_MAX_RATE}, 50000/s)
 * @param refinements steps narrowing the gap after a climb ({@code BENCH_REFINEMENTS}, 2)
 * @param retries reruns of a failing step before the climb ends ({@code BENCH_RETRIES}, 1)
 * @param p99Bound the p99 a request scenario must hold ({@code BENCH_P99_BOUND_MS}, 10)
 * @param eventP99Bound the p99 the settings event must hold ({@code BENCH_EVENT_P99_BOUND_MS}, 500)
 * @param deliveryStartRate the first delivery step's rate ({@code BENCH_DELIVERY_START_RATE}, 5/s)
 * @param deliveryMaxRate the highest delivery rate tried ({@code BENCH_DELIVERY_MAX_RATE}, 200/s)
 * @param redisRequests GETDEL commands redis-benchmark sends ({@code BENCH_REDIS_REQUESTS}, 200000)
 * @param kafkaRecords records EndToEndLatency sends ({@code BENCH_KAFKA_RECORDS}, 2000)
 * @param scenarios the scenarios to run, by slug ({@code BENCH_SCENARIOS}, all)
 * @param mailPollInterval how often awaited mailboxes are polled ({@code BENCH_MAIL_POLL_MILLIS}, 10)
 * @param commit the commit measured, for the report ({@code BENCH_COMMIT})
 */
public record BenchmarkSettings(Path repository, Path stackFolder, Path resultsFolder,
        String kafkaBootstrapServers, int redisPort, String smsProviderUrl, String mailApiUrl,
        String codeTransportKey, String totpEncryptionKey, int policyPort, int challengePort,
        int notificationPort, boolean startServices, String noOpPath, int connections,
        Duration step, Duration warmUp, Duration settle, double startRate, double rateFactor,
        double maxRate, int refinements, int retries, Duration p99Bound, Duration eventP99Bound,
        double deliveryStartRate, double deliveryMaxRate, int redisRequests, int kafkaRecords,
        List<String> scenarios, Duration mailPollInterval, String commit) {
    /** Every scenario, in the order a run takes them. */
    public static final List<String> ALL_SCENARIOS = List.of("sign-in-decision", "sms-verification",
            "totp-verification", "settings-event", "sms-delivery", "email-delivery");

    public static BenchmarkSettings from(Map<String, String> env, Path repository) {
        Function<String, String> get = name -> blankToNull(env.get(name));
        Path stack = path(get.apply("PRACTICE2FA_STACK_DIR"), repository.resolve(".stack"));
        return new BenchmarkSettings(repository, stack,
                path(get.apply("BENCH_RESULTS"), repository.resolve("benchmarks/results")),
                Loopback.requireServers(text(get.apply("KAFKA_BOOTSTRAP_SERVERS"), "127.0.0.1:19092")),
                number(get.apply("REDIS_PORT"), 16379),
                Loopback.requireUrl(text(get.apply("SMS_PROVIDER_URL"), "http://127.0.0.1:18090")).toString(),
                "http://127.0.0.1:" + number(get.apply("MAIL_API_PORT"), 18025),
                key(get.apply("CODE_TRANSPORT_KEY"), stack.resolve("keys/code-transport.key")),
                key(get.apply("TOTP_ENCRYPTION_KEY"), stack.resolve("keys/totp-encryption.key")),
                number(get.apply("BENCH_POLICY_PORT"), 8081), number(get.apply("BENCH_CHALLENGE_PORT"), 8082),
                number(get.apply("BENCH_NOTIFICATION_PORT"), 8083),
                Boolean.parseBoolean(text(get.apply("BENCH_START_SERVICES"), "true")),
                text(get.apply("BENCH_NO_OP_PATH"), "/benchmark/no-op"),
                number(get.apply("BENCH_CONNECTIONS"), 16),
                Duration.ofSeconds(number(get.apply("BENCH_STEP_SECONDS"), 3)),
                Duration.ofSeconds(number(get.apply("BENCH_WARM_UP_SECONDS"), 5)),
                Duration.ofMillis(number(get.apply("BENCH_SETTLE_MILLIS"), 1000)),
                decimal(get.apply("BENCH_START_RATE"), 50), decimal(get.apply("BENCH_RATE_FACTOR"), 1.6),
                decimal(get.apply("BENCH_MAX_RATE"), 50_000), number(get.apply("BENCH_REFINEMENTS"), 2),
                number(get.apply("BENCH_RETRIES"), 1),
                Duration.ofMillis(number(get.apply("BENCH_P99_BOUND_MS"), 10)),
                Duration.ofMillis(number(get.apply("BENCH_EVENT_P99_BOUND_MS"), 500)),
                decimal(get.apply("BENCH_DELIVERY_START_RATE"), 5),
                decimal(get.apply("BENCH_DELIVERY_MAX_RATE"), 200),
                number(get.apply("BENCH_REDIS_REQUESTS"), 200_000),
                number(get.apply("BENCH_KAFKA_RECORDS"), 2_000),
                scenarios(get.apply("BENCH_SCENARIOS")),
                Duration.ofMillis(number(get.apply("BENCH_MAIL_POLL_MILLIS"), 10)),
                text(get.apply("BENCH_COMMIT"), "unknown"));
    }

    /** How every request scenario climbs, the no-op endpoint included. */
    public SearchSettings requestSearch() {
        return new SearchSettings(startRate, rateFactor, maxRate, refinements, retries, p99Bound);
    }

    public boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    private static List<String> scenarios(String list) {
        if (list == null || list.equals("all")) {
            return ALL_SCENARIOS;
        }
        List<String> chosen = Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(slug -> !slug.isEmpty())
                .toList();
        List<String> unknown = chosen.stream()
                .filter(slug -> !ALL_SCENARIOS.contains(slug) && !slug.equals("none"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown scenarios " + unknown + "; known: " + ALL_SCENARIOS);
        }
        return chosen.stream().filter(ALL_SCENARIOS::contains).toList();
    }

    /** The key from the environment, else from the stack's key file, else none (empty). */
    private static String key(String fromEnvironment, Path file) {
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        try {
            return Files.isRegularFile(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static Path path(String value, Path fallback) {
        return value == null ? fallback : Path.of(value);
    }

    private static int number(String value, int fallback) {
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static double decimal(String value, double fallback) {
        return value == null ? fallback : Double.parseDouble(value);
    }
}
