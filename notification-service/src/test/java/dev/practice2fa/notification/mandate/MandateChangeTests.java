package dev.practice2fa.notification.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MandateChangeTests {
    @Test
    void tellsMembersWhenTwoFactorBecomesMandatory() {
        assertThat(MandateChange.of(change("ENABLED_OPTIONAL", "OPTIONAL", "ENABLED_MANDATORY", "OPTIONAL")))
                .contains(MandateChange.NOW_MANDATORY);
        assertThat(MandateChange.of(change("DISABLED", "SMS", "ENABLED_MANDATORY", "EMAIL")))
                .contains(MandateChange.NOW_MANDATORY);
    }

    @Test
    void tellsMembersWhenTheMandatedMethodChanges() {
        assertThat(MandateChange.of(change("ENABLED_MANDATORY", "OPTIONAL", "ENABLED_MANDATORY", "AUTHENTICATOR")))
                .contains(MandateChange.METHOD_CHANGED);
    }

    @Test
    void tellsNobodyOfARenameAnOptionalSettingOrARelaxation() {
        assertThat(MandateChange.of(change("ENABLED_MANDATORY", "SMS", "ENABLED_MANDATORY", "SMS"))).isEmpty();
        assertThat(MandateChange.of(change("DISABLED", "OPTIONAL", "ENABLED_OPTIONAL", "SMS"))).isEmpty();
        assertThat(MandateChange.of(change("ENABLED_MANDATORY", "SMS", "DISABLED", "SMS"))).isEmpty();
    }

    private static PracticeSettingsChanged change(String previousMode, String previousMethod, String mode,
            String method) {
        return new PracticeSettingsChanged(UUID.randomUUID(), "TWO_FACTOR_SETTING_CHANGED", 1, Instant.now(), "p-1",
                "Harbour Clinic", "en-AU", mode, method, previousMode, previousMethod, 2L, "u-admin");
    }
}
