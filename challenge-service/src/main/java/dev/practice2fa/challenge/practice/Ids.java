package dev.practice2fa.challenge.practice;

import java.util.regex.Pattern;

/** The shape of practice and user ids shared by the services. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
