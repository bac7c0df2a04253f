package dev.practice2fa.policy.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The second factor a practice prefers, or OPTIONAL when members may choose. */
@Schema(name = "MethodPreference", description = "The method members are offered first, or must "
        + "use when the mode is ENABLED_MANDATORY; OPTIONAL lets them choose SMS, email or an "
        + "authenticator app (TOTP).")
public enum MethodPreference {
    OPTIONAL,
    SMS,
    EMAIL,
    AUTHENTICATOR
}
