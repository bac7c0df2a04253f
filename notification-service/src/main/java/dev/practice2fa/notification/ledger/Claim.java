package dev.practice2fa.notification.ledger;

/** The answer of the send ledger to "may I send this message?". */
public sealed interface Claim {
    /** The ledger key of the message. */
    String key();

    /** Yes: this instance holds the message until it settles or releases it. */
    record Granted(String key, String token) implements Claim {
    }

    /** No: the message was handled already (or a live instance is handling it). */
    record Settled(String key, String state) implements Claim {
    }

    /** No: a live instance holds it right now. */
    record Held(String key, String token, String owner) implements Claim {
    }

    /** No: an instance that has since stopped held it, so whether it was sent is unknown. */
    record Abandoned(String key, String token) implements Claim {
    }
}
