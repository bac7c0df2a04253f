package dev.practice2fa.challenge.enrolment;

/** Masked phone numbers and email addresses, for logs and for answers that need no more. */
public final class Masking {
    private Masking() {
    }

    /** "+61412345678" becomes "+61*******678". */
    public static String phone(String e164) {
        if (e164 == null || e164.length() < 7) {
            return "***";
        }
        return e164.substring(0, 3) + "*".repeat(e164.length() - 6) + e164.substring(e164.length() - 3);
    }

    /** "sam.lee@example.com" becomes "s***@example.com". */
    public static String email(String address) {
        if (address == null || address.indexOf('@') < 1) {
            return "***";
        }
        int at = address.lastIndexOf('@');
        return address.charAt(0) + "***" + address.substring(at);
    }

    public static String destination(String destination) {
        if (destination == null) {
            return null;
        }
        return destination.startsWith("+") ? phone(destination) : email(destination);
    }
}
