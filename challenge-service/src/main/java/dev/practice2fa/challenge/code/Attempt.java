package dev.practice2fa.challenge.code;

/** Whether a code may be evaluated at all, decided before looking at it. */
public sealed interface Attempt {
    /** One of the scope's attempts is taken; {@code attemptsLeft} remain after it. */
    record Reserved(int attemptsLeft) implements Attempt {
    }

    /** The user's verification is locked until {@code untilMillis}. */
    record Locked(long untilMillis) implements Attempt {
    }

    /** The challenge or enrolment is verified, failed, or out of attempts. */
    record Closed() implements Attempt {
    }

    /** No such challenge or enrolment, or it has expired. */
    record Unknown() implements Attempt {
    }
}
