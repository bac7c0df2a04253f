package dev.practice2fa.policy.practice;

import dev.practice2fa.policy.input.LanguageTag;
import dev.practice2fa.policy.input.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the platform says about a practice when it registers or renames it. */
@Schema(name = "PracticeRegistration", description = "A practice's name and locale, as the "
        + "platform registers or changes them.")
public record PracticeRegistration(
        @Schema(description = "The practice's name as members see it in notices.",
                examples = "Harbour Clinic", maxLength = 200, required = true)
        @NotNull
        @Size(min = 1, max = 200)
        @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
        String name,

        @Schema(description = "BCP 47 language tag of the practice; en-AU when left out.",
                examples = "en-AU", maxLength = 35)
        @LanguageTag
        String locale) {
}
