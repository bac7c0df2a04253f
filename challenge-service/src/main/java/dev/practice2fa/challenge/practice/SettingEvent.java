package dev.practice2fa.challenge.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A {@code practice-two-factor-settings} event: the practice's full current state. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingEvent(String eventId, String type, Integer schemaVersion, Instant occurredAt,
        String practiceId, String practiceName, String locale, String mode, String methodPreference,
        Long version) {
}
