package dev.practice2fa.policy.events;

import dev.practice2fa.policy.practice.Practice;
import dev.practice2fa.policy.settings.MethodPreference;
import dev.practice2fa.policy.settings.TwoFactorMode;
import java.time.Instant;
import java.util.UUID;

/**
 * An event of {@code practice-two-factor-settings}: a practice's whole current state after one
 * change, with the setting it had before. Documented in EVENTS.md.
 */
public record PracticeSettingsEvent(
        UUID eventId,
        Type type,
        int schemaVersion,
        Instant occurredAt,
        String practiceId,
        String practiceName,
        String locale,
        TwoFactorMode mode,
        MethodPreference methodPreference,
        TwoFactorMode previousMode,
        MethodPreference previousMethodPreference,
        long version,
        String changedBy) {

    /** What happened to the practice. */
    public enum Type {
        PRACTICE_REGISTERED,
        PRACTICE_UPDATED,
        TWO_FACTOR_SETTING_CHANGED
    }

    /** The current state of {@code practice}, whose setting before this change is given. */
    public static PracticeSettingsEvent of(Type type, Practice practice, TwoFactorMode previousMode,
            MethodPreference previousPreference, Instant occurredAt) {
        return new PracticeSettingsEvent(UUID.randomUUID(), type, EventSchema.VERSION, occurredAt,
                practice.id, practice.name, practice.locale, practice.mode,
                practice.methodPreference, previousMode, previousPreference, practice.version,
                practice.updatedBy);
    }

    /** A registration or rename: the setting did not change, so previous equals current. */
    public static PracticeSettingsEvent unchangedSetting(Type type, Practice practice,
            Instant occurredAt) {
        return of(type, practice, practice.mode, practice.methodPreference, occurredAt);
    }
}
