package dev.practice2fa.notification.event;

import java.time.Instant;
import java.util.UUID;

/** What every event of the platform carries. */
public interface VersionedEvent {
    UUID eventId();

    String type();

    Integer schemaVersion();

    Instant occurredAt();

    /** Fails with a reason naming the first missing field. */
    static void require(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new RejectedEvent("missing field '" + field + "'");
        }
    }
}
