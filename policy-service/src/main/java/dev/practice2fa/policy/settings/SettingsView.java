package dev.practice2fa.policy.settings;

import dev.practice2fa.policy.practice.Practice;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practice's current two-factor setting, with the version to base a change on. */
@Schema(name = "TwoFactorSettings", description = "A practice's current two-factor setting. A "
        + "practice nobody has configured reads as DISABLED with OPTIONAL.")
public record SettingsView(
        @Schema(description = "The practice's id.", examples = "p-1")
        String practiceId,
        @Schema(description = "The current mode.")
        TwoFactorMode mode,
        @Schema(description = "The current method preference.")
        MethodPreference methodPreference,
        @Schema(description = "The practice's version; send it back (or the ETag as If-Match) "
                + "with a change.", examples = "3")
        long version,
        @Schema(description = "When the practice last changed.")
        Instant updatedAt,
        @Schema(description = "Who last changed the practice: a user id, or platform.",
                examples = "u-admin")
        String updatedBy) {

    public static SettingsView of(Practice practice) {
        return new SettingsView(practice.id, practice.mode, practice.methodPreference,
                practice.version, practice.updatedAt, practice.updatedBy);
    }
}
