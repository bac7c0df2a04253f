package dev.practice2fa.challenge.security;

import java.time.Instant;

/**
 * A {@code two-factor-security-events} event: ids only, never a phone number or an address.
 * Fields that do not apply are null.
 */
public record SecurityEvent(String eventId, String type, int schemaVersion, Instant occurredAt, String userId,
        String factorId, String factorType, String challengeId, String practiceId) {
}
