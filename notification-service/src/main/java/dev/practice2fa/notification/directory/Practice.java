package dev.practice2fa.notification.directory;

/** What this service keeps of a practice: its name and locale for messages, and its setting. */
public record Practice(String practiceId, String name, String locale, String mode, String methodPreference,
        long version) {
}
