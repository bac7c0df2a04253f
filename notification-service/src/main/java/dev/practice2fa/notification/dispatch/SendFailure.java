package dev.practice2fa.notification.dispatch;

/**
 * A send that did not succeed, with a reason fit for logs and outcome events (a status code, a
 * kind of fault, never the destination or the message) and whether trying again is safe: only
 * when the provider surely did not take the message, since a retry after an unanswered request
 * may deliver it twice.
 */
public class SendFailure extends RuntimeException {
    private final boolean retryable;

    public SendFailure(String reason, boolean retryable) {
        super(reason, null, false, false);
        this.retryable = retryable;
    }

    public static SendFailure retryable(String reason) {
        return new SendFailure(reason, true);
    }

    public static SendFailure permanent(String reason) {
        return new SendFailure(reason, false);
    }

    public boolean retryable() {
        return retryable;
    }

    public String reason() {
        return getMessage();
    }
}
