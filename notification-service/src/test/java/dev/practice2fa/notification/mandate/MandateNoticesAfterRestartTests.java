package dev.practice2fa.notification.mandate;

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
 * Runs against a restarted application ({@link RestartedApplication}) that reads the settings
 * and the memberships again from the beginning, the two topics in no particular order: the
 * members told of a mandate before the restart (recorded by {@link MandateInEitherOrderTests},
 * which Quarkus runs before any class with a profile) are not told again.
 */
@QuarkusTest
@TestProfile(RestartedApplication.class)
class MandateNoticesAfterRestartTests {
    @ConfigProperty(name = "mp.messaging.incoming.practice-memberships.group.id")
    String group;

    @Test
    void tellsNobodyAgainWhenBothTopicsAreReadAgain() {
        List<Map<String, Object>> toldBefore = RestartFixture.MANDATE_NOTICES.recorded();
        assertThat(toldBefore)
                .as("members told before the restart, recorded by MandateInEitherOrderTests")
                .isNotEmpty();

        Kafka.awaitCaughtUp(group, "practice-two-factor-settings", "practice-memberships");

        assertThat(toldBefore).allSatisfy(notice ->
                assertThat(Mailbox.of((String) notice.get("address"))).hasSize(1));
    }
}
