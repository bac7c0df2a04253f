package dev.practice2fa.challenge.decision;

/** What the sign-in front end must do after the password step. */
public enum Decision {
    /** No second factor: the user has none and nothing asks for one. */
    NOT_REQUIRED,
    /** The user has none; set-up is offered and may be skipped. */
    OPTIONAL,
    /** The user must pass a challenge with one of the allowed methods. */
    REQUIRED,
    /** The user must set up one of the allowed methods before sign-in completes. */
    ENROLMENT_REQUIRED
}
