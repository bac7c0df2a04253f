package dev.practice2fa.notification.directory;

/** How an incoming version compares with the one already kept. */
public enum Freshness {
    /** Newer: kept now. */
    NEWER,
    /** The very version already kept: a redelivery. */
    SAME,
    /** Older than what is kept: ignored. */
    OLDER
}
