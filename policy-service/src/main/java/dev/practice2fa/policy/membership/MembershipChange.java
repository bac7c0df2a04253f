package dev.practice2fa.policy.membership;

import dev.practice2fa.policy.input.EmailAddresses;
import dev.practice2fa.policy.input.LanguageTag;
import dev.practice2fa.policy.input.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the platform says about a member when it adds or changes one. */
@Schema(name = "MembershipChange", description = "A member's role in the practice and the "
        + "account details the notification service needs to reach them.")
public record MembershipChange(
        @Schema(description = "The member's role in this practice.", required = true)
        @NotNull
        MemberRole role,

        @Schema(description = "The member's account email address.", examples = "sam@example.com",
                format = "email", maxLength = EmailAddresses.MAX_LENGTH, required = true)
        @NotNull
        @Size(max = EmailAddresses.MAX_LENGTH)
        @Email(regexp = EmailAddresses.PATTERN)
        String email,

        @Schema(description = "The member's name as notices address them.", examples = "Dr Sam Lee",
                maxLength = 200, required = true)
        @NotNull
        @Size(min = 1, max = 200)
        @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
        String displayName,

        @Schema(description = "BCP 47 language tag of the member; the practice's locale when "
                + "left out.", examples = "en-AU", maxLength = 35)
        @LanguageTag
        String locale) {

    /** Masks the address: a request must never reach a log whole. */
    @Override
    public String toString() {
        return "MembershipChange[" + role + ", email " + EmailAddresses.mask(email) + "]";
    }
}
