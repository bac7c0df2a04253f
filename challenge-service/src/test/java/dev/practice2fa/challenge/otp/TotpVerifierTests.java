package dev.practice2fa.challenge.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Window, leading zeros and the shape of a code, on the fixture of the cases. */
class TotpVerifierTests {
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static TotpVerifier at(long unixSeconds, int window) {
        return new TotpVerifier(Clock.fixed(Instant.ofEpochSecond(unixSeconds), ZoneOffset.UTC), window);
    }

    @Test
    void acceptsTheCodeOfTheCaseAtItsTime() {
        assertThat(at(1111111109, 1).check(SEED, "081804"))
                .isEqualTo(new TotpMatch.Accepted(1111111109L / 30));
    }

    @Test
    void keepsLeadingZeros() {
        assertThat(TotpVerifier.codeAt(SEED, 1234567890L / 30)).isEqualTo("005924");
        assertThat(at(1234567890, 1).check(SEED, "005924")).isInstanceOf(TotpMatch.Accepted.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5924", "05924", "0005924", " 05924", "005924 ", "+05924",
        "００５９２４", "٠٠٥٩٢٤", "00592a", ""})
    void rejectsAnythingButSixAsciiDigits(String code) {
        assertThat(at(1234567890, 1).check(SEED, code)).isInstanceOf(TotpMatch.Rejected.class);
    }

    @Test
    void rejectsNull() {
        assertThat(at(1234567890, 1).check(SEED, null)).isInstanceOf(TotpMatch.Rejected.class);
    }

    /** The code of step 1 (30 s to 59 s): accepted from step 0 to step 2, so from 0 s to 89 s. */
    @ParameterizedTest
    @CsvSource({"29,true", "30,true", "31,true", "59,true", "60,true", "89,true", "90,false", "119,false"})
    void acceptsOneStepEitherSideOfStepOne(long unixSeconds, boolean accepted) {
        String codeOfStepOne = TotpVerifier.codeAt(SEED, 1);

        assertThat(at(unixSeconds, 1).check(SEED, codeOfStepOne) instanceof TotpMatch.Accepted).isEqualTo(accepted);
    }

    /** The code of step 2 (60 s to 89 s): rejected at step 0 (T-2) and step 4 (T+2). */
    @ParameterizedTest
    @CsvSource({"29,false", "30,true", "31,true", "59,true", "60,true", "89,true", "90,true", "119,true",
        "120,false"})
    void rejectsTwoStepsAwayFromStepTwo(long unixSeconds, boolean accepted) {
        String codeOfStepTwo = TotpVerifier.codeAt(SEED, 2);

        assertThat(at(unixSeconds, 1).check(SEED, codeOfStepTwo) instanceof TotpMatch.Accepted).isEqualTo(accepted);
    }

    @Test
    void reportsWhichStepMatched() {
        String codeOfStepTwo = TotpVerifier.codeAt(SEED, 2);

        assertThat(at(30, 1).check(SEED, codeOfStepTwo)).isEqualTo(new TotpMatch.Accepted(2));
        assertThat(at(90, 1).check(SEED, codeOfStepTwo)).isEqualTo(new TotpMatch.Accepted(2));
    }

    @ParameterizedTest
    @CsvSource({"59,false", "60,true", "89,true", "90,false"})
    void acceptsOnlyTheCurrentStepWithWindowZero(long unixSeconds, boolean accepted) {
        String codeOfStepTwo = TotpVerifier.codeAt(SEED, 2);

        assertThat(at(unixSeconds, 0).check(SEED, codeOfStepTwo) instanceof TotpMatch.Accepted).isEqualTo(accepted);
    }
}
