package dev.practice2fa.policy.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a practice's members use two-factor authentication. */
@Schema(name = "TwoFactorMode", description = "Whether members of the practice use two-factor "
        + "authentication: not prompted (DISABLED), offered with a choice to skip "
        + "(ENABLED_OPTIONAL), or required before sign-in completes (ENABLED_MANDATORY).")
public enum TwoFactorMode {
    DISABLED,
    ENABLED_OPTIONAL,
    ENABLED_MANDATORY
}
