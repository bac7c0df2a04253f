package dev.practice2fa.challenge.delivery;

import dev.practice2fa.common.crypto.SealedBox;
import java.time.Instant;

/**
 * An {@code otp-deliveries} event. The code is sealed with the code transport key ring, the
 * delivery id as associated data; only the notification service opens it.
 */
public record OtpDeliveryEvent(String eventId, String type, int schemaVersion, Instant occurredAt,
        String deliveryId, String challengeId, String userId, String channel, String destination,
        SealedBox code, String locale, String purpose, String practiceName, Instant expiresAt) {
}
