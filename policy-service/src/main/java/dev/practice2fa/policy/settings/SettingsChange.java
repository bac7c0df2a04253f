package dev.practice2fa.policy.settings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full-access member's new setting for the practice, and the version it was based on. */
@Schema(name = "TwoFactorSettingsChange", description = "The new setting. Both values are sent "
        + "together. The version the change is based on is required, here or as If-Match.")
public record SettingsChange(
        @Schema(description = "The new mode.", required = true)
        @NotNull
        TwoFactorMode mode,

        @Schema(description = "The new method preference.", required = true)
        @NotNull
        MethodPreference methodPreference,

        @Schema(description = "The version of the setting this change is based on, as read from "
                + "GET; required unless sent as If-Match.", examples = "3", minimum = "1")
        @Positive
        Long version) {
}
