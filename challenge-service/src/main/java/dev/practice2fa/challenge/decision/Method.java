package dev.practice2fa.challenge.decision;

import java.util.List;

/** The second factors the product knows, in the order preferred when nothing says otherwise. */
public enum Method {
    AUTHENTICATOR, SMS, EMAIL;

    /** Every method, most secure first. */
    public static final List<Method> DEFAULT_ORDER = List.of(AUTHENTICATOR, SMS, EMAIL);

    /** The method named {@code text}, or null when it names none. */
    public static Method parse(String text) {
        for (Method method : values()) {
            if (method.name().equals(text)) {
                return method;
            }
        }
        return null;
    }
}
