package dev.practice2fa.notification.dispatch;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One message to send exactly once.
 *
 * @param ledgerKey what makes it unique in the send ledger
 * @param description what it is, for logs ("sign-in code", "security notice")
 * @param deliveryId the id its outcome is published under
 * @param challengeId the challenge a code belongs to; null for notices
 * @param expiresAt when it stops being worth sending; null when never
 * @param message renders it; called only once the message is claimed and still wanted, and may
 *        throw {@link Undeliverable}
 */
public record DeliveryJob(String ledgerKey, String description, UUID deliveryId, UUID challengeId,
        DeliveryChannel channel, Instant expiresAt, Supplier<OutgoingMessage> message) {
}
