package dev.practice2fa.challenge.enrolment;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers to E.164. A number written locally is read as Australian, as the practices'
 * users write them ("0412 345 678"); anything that is not a valid, dialable number is refused.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String LOCAL_REGION = "AU";

    private PhoneNumbers() {
    }

    public static Optional<String> toE164(String written) {
        if (written == null || written.isBlank() || written.length() > 32) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(written, LOCAL_REGION);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
