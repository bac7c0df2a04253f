package dev.practice2fa.policy.settings;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a practice's setting changes, newest first. */
@Schema(name = "TwoFactorSettingsHistory", description = "Changes of the practice's setting, "
        + "newest first. To read older ones, ask again with before set to the last version shown.")
public record SettingsHistory(
        @Schema(description = "The practice's id.", examples = "p-1")
        String practiceId,
        @Schema(description = "The changes, newest first.")
        List<HistoryEntry> changes) {
}
