package dev.practice2fa.notification.dispatch;

/** How sending one message ended, after every attempt. */
public sealed interface SendResult {
    /** The provider or mail server took it. */
    record Sent(int attempts) implements SendResult {
    }

    /** It stopped being wanted (its code expired) before it could be sent. */
    record NoLongerWanted() implements SendResult {
    }

    /** Every allowed attempt failed, or the failure was one a retry cannot mend. */
    record Failed(String reason, int attempts) implements SendResult {
    }
}
