package dev.practice2fa.notification.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskTests {
    @Test
    void showsOnlyTheCountryCodeAndLastThreeDigitsOfAPhoneNumber() {
        assertThat(Mask.phone("+61412345678")).isEqualTo("+61******678");
        assertThat(Mask.destination("+61412345678")).isEqualTo("+61******678");
    }

    @Test
    void showsOnlyTheFirstLetterAndDomainOfAnEmailAddress() {
        assertThat(Mask.email("sam@example.com")).isEqualTo("s***@example.com");
        assertThat(Mask.destination("sam@example.com")).isEqualTo("s***@example.com");
    }

    @Test
    void hidesWholeWhatIsTooShortOrMalformedToMask() {
        assertThat(Mask.phone("+6141")).isEqualTo("***");
        assertThat(Mask.email("@example.com")).isEqualTo("***");
        assertThat(Mask.email(null)).isEqualTo("***");
    }
}
