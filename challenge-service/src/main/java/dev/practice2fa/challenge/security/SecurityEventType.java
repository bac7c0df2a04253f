package dev.practice2fa.challenge.security;

/** The kinds of {@code two-factor-security-events}. */
public enum SecurityEventType {
    FACTOR_ENROLLED,
    FACTOR_REMOVED,
    VERIFICATION_SUCCEEDED,
    VERIFICATION_FAILED,
    USER_LOCKED,
    RECOVERY_CODE_USED,
    RECOVERY_CODES_REGENERATED
}
