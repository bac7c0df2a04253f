package dev.practice2fa.policy.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practice as the platform sees it after registering or renaming it. */
@Schema(name = "Practice", description = "A registered practice.")
public record PracticeView(
        @Schema(description = "The practice's id.", examples = "p-1")
        String practiceId,
        @Schema(description = "The practice's name.", examples = "Harbour Clinic")
        String name,
        @Schema(description = "BCP 47 language tag of the practice.", examples = "en-AU")
        String locale,
        @Schema(description = "The practice's version: 1 at registration, one more with every "
                + "change of its name, locale or two-factor setting.", examples = "1")
        long version) {

    static PracticeView of(Practice practice) {
        return new PracticeView(practice.id, practice.name, practice.locale, practice.version);
    }
}
