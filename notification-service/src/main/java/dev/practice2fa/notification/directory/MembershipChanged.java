package dev.practice2fa.notification.directory;

import static dev.practice2fa.notification.event.VersionedEvent.require;

import dev.practice2fa.notification.event.VersionedEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An event of {@code practice-memberships}: the whole current state of one membership.
 * Removal is {@code active:false} with a higher version.
 */
public record MembershipChanged(UUID eventId, String type, Integer schemaVersion, Instant occurredAt,
        String practiceId, String userId, String role, Boolean active, String email, String displayName,
        String locale, Long version) implements VersionedEvent {

    public void validate() {
        require(eventId, "eventId");
        require(practiceId, "practiceId");
        require(userId, "userId");
        require(active, "active");
        require(version, "version");
    }
}
