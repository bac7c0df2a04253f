package dev.practice2fa.notification.dispatch;

import dev.practice2fa.notification.privacy.Mask;

/** A rendered message, ready for its channel. */
public sealed interface OutgoingMessage {
    DeliveryChannel channel();

    /** The phone number or email address; never logged whole. */
    String destination();

    default String maskedDestination() {
        return Mask.destination(destination());
    }

    /** An email with a plain-text and an HTML body. */
    record Email(String destination, String subject, String text, String html) implements OutgoingMessage {
        @Override
        public DeliveryChannel channel() {
            return DeliveryChannel.EMAIL;
        }
    }

    /** A text message to a phone number in E.164 form. */
    record Sms(String destination, String body) implements OutgoingMessage {
        @Override
        public DeliveryChannel channel() {
            return DeliveryChannel.SMS;
        }
    }
}
