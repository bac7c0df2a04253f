package dev.practice2fa.walkthrough;

/** A step of the journey did not go as a user would expect. */
public final class JourneyFailure extends RuntimeException {
    public JourneyFailure(String message) {
        super(message);
    }
}
