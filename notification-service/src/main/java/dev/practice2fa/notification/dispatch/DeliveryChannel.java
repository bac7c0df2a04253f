package dev.practice2fa.notification.dispatch;

/** How a message reaches its reader. */
public enum DeliveryChannel {
    SMS,
    EMAIL;

    /** The value of the {@code channel} tag on metrics. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
