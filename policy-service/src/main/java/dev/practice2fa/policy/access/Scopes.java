package dev.practice2fa.policy.access;

/** The scopes of service tokens, which the services read as roles. */
public final class Scopes {
    /** The platform: registers practices and manages their members. */
    public static final String PRACTICES_ADMIN = "practices:admin";

    /** The sign-in front end; it has no business with practice administration. */
    public static final String SIGN_IN = "two-factor:sign-in";

    private Scopes() {
    }
}
