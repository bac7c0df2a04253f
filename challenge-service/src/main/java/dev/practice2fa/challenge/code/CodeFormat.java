package dev.practice2fa.challenge.code;

import java.util.regex.Pattern;

/** A code is exactly six ASCII digits; anything else is never a right code. */
public final class CodeFormat {
    private static final Pattern SIX_DIGITS = Pattern.compile("^[0-9]{6}$");

    private CodeFormat() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && code.length() == 6 && SIX_DIGITS.matcher(code).matches();
    }
}
