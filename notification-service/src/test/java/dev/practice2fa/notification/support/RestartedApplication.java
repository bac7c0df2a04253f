package dev.practice2fa.notification.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * The same application started anew with consumers that have never committed an offset: they
 * read {@code otp-deliveries}, {@code practice-two-factor-settings} and
 * {@code practice-memberships} again from the beginning, as after a reset, each topic at its
 * own pace. Quarkus runs the test classes of this profile after every class without one.
 */
public class RestartedApplication implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        String group = "notification-service-restarted-" + UUID.randomUUID();
        return Map.of(
                "mp.messaging.incoming.otp-deliveries.group.id", group,
                "mp.messaging.incoming.practice-two-factor-settings.group.id", group,
                "mp.messaging.incoming.practice-memberships.group.id", group);
    }
}
