package dev.practice2fa.challenge.enrolment;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Email addresses as a mail server accepts them: one @, a dotted domain, no spaces or controls. */
public final class EmailAddresses {
    private static final Pattern ADDRESS = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private EmailAddresses() {
    }

    /** The address with its domain in lower case, or empty when it is not an address. */
    public static Optional<String> normalise(String written) {
        if (written == null || written.length() > 254) {
            return Optional.empty();
        }
        String trimmed = written.trim();
        if (!ADDRESS.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        int at = trimmed.lastIndexOf('@');
        return Optional.of(trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
    }
}
