package dev.practice2fa.notification.event;

/**
 * An event this service cannot act on: unreadable, of an unknown schema version or missing a
 * field it needs. Thrown out of a consumer, it sends the record to the topic's dead letters
 * with this message as the reason, so the message never quotes the event's content.
 */
public class RejectedEvent extends RuntimeException {
    public RejectedEvent(String reason) {
        super(reason, null, false, false);
    }
}
