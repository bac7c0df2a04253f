package dev.practice2fa.notification.privacy;

/**
 * Contact details as logs and dead-letter reasons may show them: enough to tell two
 * destinations apart when helping a user, never enough to contact them.
 */
public final class Mask {
    private static final int PHONE_KEPT_AT_START = 3;
    private static final int PHONE_KEPT_AT_END = 3;

    private Mask() {
    }

    /** {@code +61412345678} becomes {@code +61******678}; short values are hidden whole. */
    public static String phone(String phone) {
        if (phone == null || phone.length() <= PHONE_KEPT_AT_START + PHONE_KEPT_AT_END) {
            return "***";
        }
        int hidden = phone.length() - PHONE_KEPT_AT_START - PHONE_KEPT_AT_END;
        return phone.substring(0, PHONE_KEPT_AT_START) + "*".repeat(hidden)
                + phone.substring(phone.length() - PHONE_KEPT_AT_END);
    }

    /** {@code sam@example.com} becomes {@code s***@example.com}. */
    public static String email(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** Masks a destination of either kind: phone numbers start with {@code +}. */
    public static String destination(String destination) {
        return destination != null && destination.startsWith("+") ? phone(destination) : email(destination);
    }
}
