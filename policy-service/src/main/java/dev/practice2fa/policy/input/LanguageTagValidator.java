package dev.practice2fa.policy.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/** Checks a tag with the JDK's strict BCP 47 parser, which {@code Locale.forLanguageTag} is not. */
public class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {
    /** BCP 47 recommends that implementations support tags of at least this length. */
    private static final int MAX_LENGTH = 35;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || parse(value) != null;
    }

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

    /**
     * The locale a tag names, or null when the tag is not well-formed or names no known language
     * or region. Two-letter languages and regions are checked against ISO 639-1 and ISO 3166-1;
     * well-formed words such as "english" would otherwise pass as a language.
     */
    public static Locale parse(String tag) {
        if (tag.isEmpty() || tag.length() > MAX_LENGTH) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return isKnown(locale) ? locale : null;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static boolean isKnown(Locale locale) {
        String language = locale.getLanguage();
        String region = locale.getCountry();
        boolean languageKnown = language.length() == 3
                || language.length() == 2 && LANGUAGES.contains(language);
        boolean regionKnown = region.isEmpty() || region.length() == 3
                || REGIONS.contains(region);
        return languageKnown && regionKnown;
    }

    /** The tag in its canonical case, e.g. {@code en-au} becomes {@code en-AU}. */
    public static String normalise(String tag) {
        return parse(tag).toLanguageTag();
    }
}
