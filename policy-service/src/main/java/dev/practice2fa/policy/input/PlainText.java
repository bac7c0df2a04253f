package dev.practice2fa.policy.input;

/** Names shown to people (practice names, display names): no control characters, no line breaks. */
public final class PlainText {
    /**
     * At least one visible character and no control character anywhere, written so that an
     * ECMAScript engine (a generated client's validation) reads it as Java does.
     */
    public static final String PATTERN =
            "^[^\\x00-\\x1F\\x7F]*[^\\s\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*$";

    /** The message a refused name carries. */
    public static final String MESSAGE = "must not be blank or contain control characters";

    private PlainText() {
    }
}
