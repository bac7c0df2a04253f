package dev.practice2fa.policy.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagValidatorTests {
    private final LanguageTagValidator validator = new LanguageTagValidator();

    @ParameterizedTest
    @ValueSource(strings = {"en-AU", "en", "fr-CA", "zh-Hant-TW", "de-CH-1996", "en-au"})
    void acceptsWellFormedTags(String tag) {
        assertThat(validator.isValid(tag, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en_AU", "english", "en-", "12", "x-private", "qq-AU", "en-QQ",
        "en-AU-abcdefghijklmnopqrstuvwxyz"})
    void refusesWhatIsNoLanguageTag(String tag) {
        assertThat(validator.isValid(tag, null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-au", "EN-AU", "en-AU"})
    void writesTagsInTheirCanonicalCase(String tag) {
        assertThat(LanguageTagValidator.normalise(tag)).isEqualTo("en-AU");
    }
}
