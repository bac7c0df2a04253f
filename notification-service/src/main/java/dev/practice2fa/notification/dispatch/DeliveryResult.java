package dev.practice2fa.notification.dispatch;

/** What became of a {@link DeliveryJob}. */
public sealed interface DeliveryResult {
    /** Sent now. */
    record Delivered() implements DeliveryResult {
    }

    /** Handled before (or by another live instance): nothing sent now. */
    record Duplicate() implements DeliveryResult {
    }

    /** Its time ran out before it was sent: nothing sent. */
    record Expired() implements DeliveryResult {
    }

    /** Not sent, for this reason; the source record belongs in the dead letters. */
    record Failed(String reason) implements DeliveryResult {
    }
}
