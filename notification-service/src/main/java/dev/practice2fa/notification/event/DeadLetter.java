package dev.practice2fa.notification.event;

/**
 * Thrown out of a consumer to send the record it was handling to the topic's dead letters; the
 * message becomes the record's {@code dead-letter-reason} header.
 */
public class DeadLetter extends RuntimeException {
    public DeadLetter(String reason) {
        super(reason, null, false, false);
    }
}
