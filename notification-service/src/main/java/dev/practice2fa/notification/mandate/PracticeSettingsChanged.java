package dev.practice2fa.notification.mandate;

import static dev.practice2fa.notification.event.VersionedEvent.require;

import dev.practice2fa.notification.directory.Practice;
import dev.practice2fa.notification.event.VersionedEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An event of {@code practice-two-factor-settings}: the full current state of a practice after
 * one change, with the setting it had before.
 */
public record PracticeSettingsChanged(UUID eventId, String type, Integer schemaVersion, Instant occurredAt,
        String practiceId, String practiceName, String locale, String mode, String methodPreference,
        String previousMode, String previousMethodPreference, Long version, String changedBy)
        implements VersionedEvent {

    public void validate() {
        require(eventId, "eventId");
        require(occurredAt, "occurredAt");
        require(practiceId, "practiceId");
        require(mode, "mode");
        require(methodPreference, "methodPreference");
        require(version, "version");
    }

    public Practice practice() {
        return new Practice(practiceId, practiceName, locale, mode, methodPreference, version);
    }
}
