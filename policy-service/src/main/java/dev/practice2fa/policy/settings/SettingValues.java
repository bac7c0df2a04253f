package dev.practice2fa.policy.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mode and method preference together, as one side of a change. */
@Schema(name = "TwoFactorSettingValues", description = "A mode with its method preference.")
public record SettingValues(
        @Schema(description = "The mode.")
        TwoFactorMode mode,
        @Schema(description = "The method preference.")
        MethodPreference methodPreference) {
}
