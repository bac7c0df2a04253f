package dev.practice2fa.notification.ledger;

/** How a claimed message ended, as the ledger remembers it. */
public enum Settlement {
    /** The provider or mail server accepted it. */
    DELIVERED,
    /** Its code expired before it could be sent, so it never was. */
    EXPIRED,
    /** It can never be sent (its code does not open), so a redelivery need not try. */
    UNDELIVERABLE,
    /** Its sender stopped while sending; it is not sent again lest the user receive it twice. */
    ABANDONED
}
