package dev.practice2fa.policy.input;

/** The shape of every practice and user id; anything else is refused before it is looked up. */
public final class Ids {
    /** Letters, digits, dot, underscore and hyphen, starting with a letter or digit, at most 64. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    /** The message a refused id carries. */
    public static final String MESSAGE = "must be 1 to 64 letters, digits, '.', '_' or '-', "
            + "starting with a letter or digit";

    private Ids() {
    }
}
