package dev.practice2fa.notification.dispatch;

/** A message that can never be sent, whatever is tried (its sealed code does not open). */
public class Undeliverable extends RuntimeException {
    public Undeliverable(String reason) {
        super(reason, null, false, false);
    }
}
