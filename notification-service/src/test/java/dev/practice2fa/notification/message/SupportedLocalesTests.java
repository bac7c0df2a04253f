package dev.practice2fa.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportedLocalesTests {
    private static final Locale FRENCH = Locale.forLanguageTag("fr");

    @Test
    void readsAustralianEnglishUnlessTheLanguageIsFrench() {
        assertThat(SupportedLocales.resolve("en-AU")).isEqualTo(SupportedLocales.DEFAULT);
        assertThat(SupportedLocales.resolve("fr")).isEqualTo(FRENCH);
        assertThat(SupportedLocales.resolve("fr-CA")).isEqualTo(FRENCH);
        assertThat(SupportedLocales.resolve("en-US")).isEqualTo(SupportedLocales.DEFAULT);
        assertThat(SupportedLocales.resolve("zh-CN")).isEqualTo(SupportedLocales.DEFAULT);
    }

    @Test
    void fallsBackToAustralianEnglishForMissingOrMalformedTags() {
        assertThat(SupportedLocales.resolve(null)).isEqualTo(SupportedLocales.DEFAULT);
        assertThat(SupportedLocales.resolve(" ")).isEqualTo(SupportedLocales.DEFAULT);
        assertThat(SupportedLocales.resolve("not a tag!")).isEqualTo(SupportedLocales.DEFAULT);
    }

    @Test
    void takesTheFirstTagThatIsSet() {
        assertThat(SupportedLocales.firstOf(null, "fr")).isEqualTo(FRENCH);
        assertThat(SupportedLocales.firstOf("en-AU", "fr")).isEqualTo(SupportedLocales.DEFAULT);
        assertThat(SupportedLocales.firstOf(null, null)).isEqualTo(SupportedLocales.DEFAULT);
    }
}
