package dev.practice2fa.notification.message;

import java.util.List;
import java.util.Locale;

/**
 * The locales our messages are written in. A requested locale is matched by its whole tag,
 * then by its language, and otherwise falls back to Australian English, so {@code fr-CA} reads
 * French and {@code en-US} or an unknown tag reads {@code en-AU}.
 */
public final class SupportedLocales {
    /** The locale of the default message bundle. */
    public static final Locale DEFAULT = Locale.forLanguageTag("en-AU");
    private static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.forLanguageTag("fr"));

    private SupportedLocales() {
    }

    /** The best supported locale for a BCP 47 tag, which may be null or malformed. */
    public static Locale resolve(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT;
        }
        Locale requested = Locale.forLanguageTag(tag.trim());
        return SUPPORTED.stream()
                .filter(locale -> locale.toLanguageTag().equalsIgnoreCase(requested.toLanguageTag()))
                .findFirst()
                .or(() -> SUPPORTED.stream()
                        .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                        .findFirst())
                .orElse(DEFAULT);
    }

    /** The first of the given tags that is set, resolved; the default when none is. */
    public static Locale firstOf(String... tags) {
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                return resolve(tag);
            }
        }
        return DEFAULT;
    }
}
