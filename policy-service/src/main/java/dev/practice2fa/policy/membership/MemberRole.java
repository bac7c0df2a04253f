package dev.practice2fa.policy.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a member may do in a practice. */
@Schema(name = "MemberRole", description = "FULL_ACCESS members administer the practice and may "
        + "change its two-factor setting; STANDARD members may read it.")
public enum MemberRole {
    FULL_ACCESS,
    STANDARD
}
