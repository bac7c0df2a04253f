package dev.practice2fa.challenge.enrolment;

/** The body of a factor confirmation: the first code, and the sign-in challenge if any. */
public record ConfirmationRequest(String code, String challengeId) {
}
