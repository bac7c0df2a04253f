package dev.practice2fa.notification.outcome;

/** How the attempt to deliver a message ended. */
public enum Outcome {
    DELIVERED,
    FAILED,
    EXPIRED
}
