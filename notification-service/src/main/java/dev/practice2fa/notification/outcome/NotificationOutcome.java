package dev.practice2fa.notification.outcome;

import dev.practice2fa.notification.dispatch.DeliveryChannel;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code NOTIFICATION_OUTCOME} event on {@code notification-outcomes}, keyed by
 * {@code deliveryId}. {@code challengeId} is null for notices that carry no code; {@code reason}
 * is null when the message was delivered.
 */
public record NotificationOutcome(UUID eventId, String type, int schemaVersion, Instant occurredAt,
        UUID deliveryId, UUID challengeId, DeliveryChannel channel, Outcome outcome, String reason) {
    public static final String TYPE = "NOTIFICATION_OUTCOME";

    public static NotificationOutcome of(UUID deliveryId, UUID challengeId, DeliveryChannel channel,
            Outcome outcome, String reason, Instant now) {
        return new NotificationOutcome(UUID.randomUUID(), TYPE, 1, now, deliveryId, challengeId, channel,
                outcome, reason);
    }
}
