package dev.practice2fa.notification.code;

import static dev.practice2fa.notification.support.Events.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.practice2fa.notification.support.Kafka;
import dev.practice2fa.notification.support.Mailbox;
import dev.practice2fa.notification.support.RestartFixture;
import dev.practice2fa.notification.support.RestartedApplication;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Runs against a restarted application ({@link RestartedApplication}) whose code consumer joins
 * a new consumer group, so it reads {@code otp-deliveries} again from the beginning: the
 * deliveries the application before the restart sent (recorded by
 * {@link RepeatedDeliveryTests}, which Quarkus runs before any class with a profile) come
 * back once more, and once more again when published anew, and nothing is sent a second time.
 */
@QuarkusTest
@TestProfile(RestartedApplication.class)
class RedeliveryAfterRestartTests {
    @ConfigProperty(name = "mp.messaging.incoming.otp-deliveries.group.id")
    String group;

    @Test
    void sendsNothingAgainForWhatWasSentBeforeTheRestart() {
        List<Map<String, Object>> sentBefore = RestartFixture.DELIVERIES.recorded();
        assertThat(sentBefore)
                .as("deliveries sent before the restart, recorded by RepeatedDeliveryTests in this build")
                .isNotEmpty();

        Kafka.awaitCaughtUp(group, "otp-deliveries");
        sentBefore.forEach(delivery ->
                Kafka.publish("otp-deliveries", (String) delivery.get("challengeId"), json(delivery)));
        Kafka.awaitCaughtUp(group, "otp-deliveries");

        assertThat(sentBefore).allSatisfy(delivery ->
                assertThat(Mailbox.of((String) delivery.get("destination"))).hasSize(1));
    }
}
