package dev.practice2fa.notification.code;

import static dev.practice2fa.notification.support.Events.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.practice2fa.notification.support.Kafka;
import dev.practice2fa.notification.support.Mailbox;
import dev.practice2fa.notification.support.RestartFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Runs against a restarted application (its own test profile) whose code consumer joins a
 * new consumer group, so it reads {@code otp-deliveries} again from the beginning: the
 * deliveries the application before the restart sent (recorded by
 * {@link RepeatedDeliveryTests}, which Quarkus runs before any class with a profile) come
 * back once more, and once more again when published anew, and nothing is sent a second time.
 */
@QuarkusTest
@TestProfile(RedeliveryAfterRestartTests.NewConsumerGroup.class)
class RedeliveryAfterRestartTests {
    @ConfigProperty(name = "mp.messaging.incoming.otp-deliveries.group.id")
    String group;

    @Test
    void sendsNothingAgainForWhatWasSentBeforeTheRestart() {
        List<Map<String, Object>> sentBefore = RestartFixture.recorded();
        assertThat(sentBefore)
                .as("deliveries sent before the restart, recorded by RepeatedDeliveryTests in this build")
                .isNotEmpty();

        awaitCaughtUp();
        sentBefore.forEach(delivery ->
                Kafka.publish("otp-deliveries", (String) delivery.get("challengeId"), json(delivery)));
        awaitCaughtUp();

        assertThat(sentBefore).allSatisfy(delivery ->
                assertThat(Mailbox.of((String) delivery.get("destination"))).hasSize(1));
    }

    private void awaitCaughtUp() {
        await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> Kafka.lag(group, "otp-deliveries") == 0);
    }

    /** The same application with a code consumer that has never committed an offset. */
    public static class NewConsumerGroup implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.otp-deliveries.group.id",
                    "notification-service-restarted-" + UUID.randomUUID());
        }
    }
}
