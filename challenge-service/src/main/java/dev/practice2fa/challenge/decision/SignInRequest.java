package dev.practice2fa.challenge.decision;

/** The body of {@code POST /sign-in/two-factor}: the user, and the practice entered if any. */
public record SignInRequest(String userId, String practiceId) {
}
