package dev.practice2fa.challenge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.practice2fa.common.crypto.SealedBox;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The limits have safe defaults and refuse values outside their bounds at startup. */
class ChallengeConfigTests {
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private static ChallengeConfig load(Map<String, String> values) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "challenge.keys.code-transport-key-id", "k",
                "challenge.keys.code-transport-key", "QZEow18GUNo+q3fdU1QVaaOoGQrWDwYZtvw6RgbrTIM=",
                "challenge.keys.totp-encryption-key-id", "k",
                "challenge.keys.totp-encryption-key", "cIqniIcukUuiKdLAPgKO55UJPuAP7Qa+RLrKInasZmQ="));
        properties.putAll(values);
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(ChallengeConfig.class)
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return config.getConfigMapping(ChallengeConfig.class);
    }

    @Test
    void defaultsAreTheProductsLimits() {
        ChallengeConfig config = load(Map.of());

        assertThat(config.codes().lifetimeSeconds()).isEqualTo(300);
        assertThat(config.codes().resendIntervalSeconds()).isEqualTo(30);
        assertThat(config.codes().maxResends()).isEqualTo(3);
        assertThat(config.codes().hourlyLimit()).isEqualTo(10);
        assertThat(config.attempts().perChallenge()).isEqualTo(5);
        assertThat(config.attempts().perUser()).isEqualTo(10);
        assertThat(config.attempts().userWindowMinutes()).isEqualTo(15);
        assertThat(config.attempts().lockoutMinutes()).isEqualTo(15);
        assertThat(config.totp().window()).isEqualTo(1);
        assertThat(config.challenges().freshVerificationMinutes()).isEqualTo(10);
    }

    @ParameterizedTest
    @CsvSource({"challenge.codes.lifetime-seconds,601", "challenge.totp.window,2",
        "challenge.attempts.per-challenge,11", "challenge.attempts.per-challenge,0",
        "challenge.challenges.fresh-verification-minutes,11", "challenge.codes.max-resends,6"})
    void refusesValuesOutsideTheirBounds(String name, String value) {
        assertThatThrownBy(() -> load(Map.of(name, value)))
                .hasMessageContaining(name);
    }

    @Test
    void retiredTotpKeysStillOpenWhatTheySealed() {
        String oldKey = "cIqniIcukUuiKdLAPgKO55UJPuAP7Qa+RLrKInasZmQ=";
        KeyRings before = new KeyRings(load(Map.of("challenge.keys.totp-encryption-key-id", "old",
                "challenge.keys.totp-encryption-key", oldKey)));
        KeyRings after = new KeyRings(load(Map.of("challenge.keys.totp-encryption-key-id", "new",
                "challenge.keys.totp-encryption-key", "QZEow18GUNo+q3fdU1QVaaOoGQrWDwYZtvw6RgbrTIM=",
                "challenge.keys.totp-retired-keys", "old=" + oldKey)));
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        SealedBox sealed = before.totpSecrets().seal(secret, "factor-1");

        assertThat(after.totpSecrets().open(sealed, "factor-1")).isEqualTo(secret);
        assertThat(after.totpSecrets().seal(secret, "factor-1").keyId()).isEqualTo("new");
    }

    @Test
    void acceptsAWindowOfZero() {
        assertThat(load(Map.of("challenge.totp.window", "0")).totp().window()).isZero();
    }
}
