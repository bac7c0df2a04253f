package dev.practice2fa.challenge.otp;

/** What checking a code against an authenticator secret found. */
public sealed interface TotpMatch {
    /** The code is the one for {@code step}, a step inside the accepted window. */
    record Accepted(long step) implements TotpMatch {
    }

    /** The code matches no step inside the window, or is not six ASCII digits. */
    record Rejected() implements TotpMatch {
    }
}
