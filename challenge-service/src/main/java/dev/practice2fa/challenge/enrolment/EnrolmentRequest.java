package dev.practice2fa.challenge.enrolment;

/**
 * The body of {@code POST /users/{userId}/factors}: the type and its destination, and, for the
 * sign-in front end, the challenge the enrolment runs under.
 */
public record EnrolmentRequest(String type, String phone, String email, String challengeId) {
}
