package dev.practice2fa.notification.security;

import static dev.practice2fa.notification.event.VersionedEvent.require;

import dev.practice2fa.notification.event.VersionedEvent;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An event of {@code two-factor-security-events}: ids only, never a contact detail. */
public record SecurityEvent(UUID eventId, String type, Integer schemaVersion, Instant occurredAt,
        String userId, UUID factorId, String factorType, UUID challengeId, String practiceId)
        implements VersionedEvent {
    /** The kinds of event the user is emailed about. */
    static final Set<String> NOTIFIED = Set.of("FACTOR_ENROLLED", "FACTOR_REMOVED",
            "RECOVERY_CODES_REGENERATED", "RECOVERY_CODE_USED");

    public void validate() {
        require(eventId, "eventId");
        require(type, "type");
        require(occurredAt, "occurredAt");
        require(userId, "userId");
    }

    public boolean notifiesUser() {
        return NOTIFIED.contains(type);
    }
}
