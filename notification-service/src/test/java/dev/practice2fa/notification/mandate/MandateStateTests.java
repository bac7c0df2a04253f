package dev.practice2fa.notification.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MandateStateTests {
    private static final Instant MANDATED_AT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aMandateChangePutsItsOwnVersionInForce() {
        MandateState state = MandateState.after(
                event(2, "ENABLED_OPTIONAL", "OPTIONAL", "ENABLED_MANDATORY", "SMS", "Harbour Clinic"),
                Optional.empty());

        assertThat(state.version()).isEqualTo(2);
        assertThat(state.mandate()).isEqualTo(new Mandate("p-1", 2, MandateChange.NOW_MANDATORY, "SMS",
                MANDATED_AT, "Harbour Clinic", "en-AU"));
    }

    @Test
    void aRenameKeepsTheMandateOfTheEarlierVersionUnderTheNewName() {
        MandateState mandated = MandateState.after(
                event(2, "ENABLED_OPTIONAL", "OPTIONAL", "ENABLED_MANDATORY", "SMS", "Harbour Clinic"),
                Optional.empty());

        MandateState renamed = MandateState.after(
                event(3, "ENABLED_MANDATORY", "SMS", "ENABLED_MANDATORY", "SMS", "Harbour Health"),
                Optional.of(mandated));

        assertThat(renamed.version()).isEqualTo(3);
        assertThat(renamed.mandate().version()).isEqualTo(2);
        assertThat(renamed.mandate().since()).isEqualTo(MANDATED_AT);
        assertThat(renamed.mandate().practiceName()).isEqualTo("Harbour Health");
    }

    @Test
    void aMethodChangeWhileMandatoryStartsANewMandate() {
        MandateState mandated = MandateState.after(
                event(2, "DISABLED", "OPTIONAL", "ENABLED_MANDATORY", "SMS", "Harbour Clinic"),
                Optional.empty());

        MandateState changed = MandateState.after(
                event(3, "ENABLED_MANDATORY", "SMS", "ENABLED_MANDATORY", "AUTHENTICATOR",
                        "Harbour Clinic"),
                Optional.of(mandated));

        assertThat(changed.mandate().version()).isEqualTo(3);
        assertThat(changed.mandate().change()).isEqualTo(MandateChange.METHOD_CHANGED);
    }

    @Test
    void leavingTheMandateEndsItForEveryLaterVersion() {
        MandateState mandated = MandateState.after(
                event(2, "DISABLED", "OPTIONAL", "ENABLED_MANDATORY", "SMS", "Harbour Clinic"),
                Optional.empty());

        MandateState relaxed = MandateState.after(
                event(3, "ENABLED_MANDATORY", "SMS", "ENABLED_OPTIONAL", "SMS", "Harbour Clinic"),
                Optional.of(mandated));
        MandateState renamed = MandateState.after(
                event(4, "ENABLED_OPTIONAL", "SMS", "ENABLED_OPTIONAL", "SMS", "Harbour Health"),
                Optional.of(relaxed));

        assertThat(relaxed.mandate()).isNull();
        assertThat(renamed.mandate()).isNull();
    }

    @Test
    void aMandatoryPracticeWhoseMandateWasNeverSeenTellsNobody() {
        MandateState renamed = MandateState.after(
                event(5, "ENABLED_MANDATORY", "SMS", "ENABLED_MANDATORY", "SMS", "Harbour Health"),
                Optional.empty());

        assertThat(renamed.mandate()).isNull();
    }

    @Test
    void aKeptMandateOfAnotherMethodIsNotCarriedOver() {
        MandateState mandated = MandateState.after(
                event(2, "DISABLED", "OPTIONAL", "ENABLED_MANDATORY", "SMS", "Harbour Clinic"),
                Optional.empty());

        MandateState renamed = MandateState.after(
                event(6, "ENABLED_MANDATORY", "EMAIL", "ENABLED_MANDATORY", "EMAIL", "Harbour Health"),
                Optional.of(mandated));

        assertThat(renamed.mandate()).isNull();
    }

    private static PracticeSettingsChanged event(long version, String previousMode,
            String previousMethod, String mode, String method, String name) {
        Instant occurredAt = MANDATED_AT.plusSeconds(version - 2);
        return new PracticeSettingsChanged(UUID.randomUUID(), "TWO_FACTOR_SETTING_CHANGED", 1, occurredAt,
                "p-1", name, "en-AU", mode, method, previousMode, previousMethod, version, "u-admin");
    }
}
