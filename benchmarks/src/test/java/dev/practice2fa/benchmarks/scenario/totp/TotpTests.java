package dev.practice2fa.benchmarks.scenario.totp;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTests {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void computesTheRfc6238VectorsInSixDigitsWithLeadingZeros() {
        assertThat(codeAt(59)).isEqualTo("287082");
        assertThat(codeAt(1_111_111_109)).isEqualTo("081804");
        assertThat(codeAt(1_111_111_111)).isEqualTo("050471");
        assertThat(codeAt(1_234_567_890)).isEqualTo("005924");
        assertThat(codeAt(2_000_000_000)).isEqualTo("279037");
        assertThat(codeAt(20_000_000_000L)).isEqualTo("353130");
    }

    @Test
    void computesTheRfc4226CountersAsSteps() {
        assertThat(Totp.code(RFC_SECRET, 0)).isEqualTo("755224");
        assertThat(Totp.code(RFC_SECRET, 9)).isEqualTo("520489");
    }

    @Test
    void decodesBase32AsAuthenticatorAppsWriteIt() {
        assertThat(Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(RFC_SECRET);
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SECRET);
    }

    @Test
    void readsTheSecretFromTheOtpauthUriWhereverTheAnswerPutsIt() {
        JsonObject enrolment = new JsonObject()
                .put("factorId", "f-1")
                .put("authenticator", new JsonObject()
                        .put("uri", "otpauth://totp/Practice%202FA:sam?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                                + "&issuer=Practice%202FA"));

        assertThat(TotpVerificationScenario.secretOf(enrolment)).isEqualTo(RFC_SECRET);
    }

    private static String codeAt(long epochSecond) {
        return Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(epochSecond)));
    }
}
