package dev.practice2fa.policy.membership;

import dev.practice2fa.policy.input.EmailAddresses;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A membership as the platform sees it after a change; the address is masked, as it was sent. */
@Schema(name = "Member", description = "A membership of a practice after the change.")
public record MemberView(
        @Schema(description = "The practice's id.", examples = "p-1")
        String practiceId,
        @Schema(description = "The member's user id.", examples = "u-2")
        String userId,
        @Schema(description = "The member's role in this practice.")
        MemberRole role,
        @Schema(description = "The member's email address, masked: the caller sent it whole.",
                examples = "s***@example.com")
        String maskedEmail,
        @Schema(description = "The member's display name.", examples = "Dr Sam Lee")
        String displayName,
        @Schema(description = "BCP 47 language tag of the member.", examples = "en-AU")
        String locale,
        @Schema(description = "False once the member has been removed.")
        boolean active,
        @Schema(description = "The membership's version: 1 when added, one more with every change.",
                examples = "1")
        long version) {

    static MemberView of(Member member) {
        return new MemberView(member.practiceId, member.userId, member.role,
                EmailAddresses.mask(member.email), member.displayName, member.locale,
                member.active, member.version);
    }
}
