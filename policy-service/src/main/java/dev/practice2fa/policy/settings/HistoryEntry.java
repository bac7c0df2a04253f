package dev.practice2fa.policy.settings;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a practice's setting: who, when, from, to. */
@Schema(name = "TwoFactorSettingsHistoryEntry", description = "One change of the setting.")
public record HistoryEntry(
        @Schema(description = "The practice's version this change created.", examples = "3")
        long version,
        @Schema(description = "When the change was made.")
        Instant changedAt,
        @Schema(description = "The user id of the full-access member who made it.",
                examples = "u-admin")
        String changedBy,
        @Schema(description = "The setting before the change.")
        SettingValues from,
        @Schema(description = "The setting after the change.")
        SettingValues to) {

    static HistoryEntry of(SettingChange change) {
        return new HistoryEntry(change.version, change.changedAt, change.changedBy,
                new SettingValues(change.previousMode, change.previousMethodPreference),
                new SettingValues(change.mode, change.methodPreference));
    }
}
