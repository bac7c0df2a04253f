package dev.practice2fa.challenge.code;

/**
 * A wrong code, counted.
 *
 * @param attemptsLeft attempts the challenge or enrolment still has
 * @param lockedUser whether this failure locked the user's verification
 */
public record Failure(int attemptsLeft, boolean lockedUser) {
}
