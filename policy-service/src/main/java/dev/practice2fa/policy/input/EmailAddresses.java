package dev.practice2fa.policy.input;

/** What the service accepts as an email address, and how it shows one it must not show whole. */
public final class EmailAddresses {
    /**
     * A local part, an {@code @} and a domain with at least one dot; Hibernate Validator's
     * {@code @Email} checks the rest of the syntax.
     */
    public static final String PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$";

    /** The longest address SMTP can carry. */
    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    /**
     * The first character of the local part and the domain, e.g. {@code s***@example.com}. The
     * number of stars is fixed so that the length of the address does not show either.
     */
    public static String mask(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}
