package dev.practice2fa.policy.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTests {
    @Test
    void keepsTheFirstCharacterAndTheDomain() {
        assertThat(EmailAddresses.mask("sam.lee@example.com")).isEqualTo("s***@example.com");
    }

    @Test
    void hidesTheLengthOfTheLocalPart() {
        assertThat(EmailAddresses.mask("s@example.com"))
                .isEqualTo(EmailAddresses.mask("sebastian@example.com"));
    }

    @Test
    void showsNothingOfSomethingThatIsNoAddress() {
        assertThat(EmailAddresses.mask("no-at-sign")).isEqualTo("***");
        assertThat(EmailAddresses.mask("@example.com")).isEqualTo("***");
        assertThat(EmailAddresses.mask(null)).isNull();
    }
}
