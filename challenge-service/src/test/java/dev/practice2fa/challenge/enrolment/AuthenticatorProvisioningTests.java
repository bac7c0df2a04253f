package dev.practice2fa.challenge.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.practice2fa.challenge.support.TwoFactorApi;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class AuthenticatorProvisioningTests {
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void encodesSpacesAsPercentTwentyAndLeavesNoPadding() {
        String uri = AuthenticatorProvisioning.uri("Harbour Clinic & Co", "sam lee@example.com", SEED);

        assertThat(uri).isEqualTo("otpauth://totp/Harbour%20Clinic%20%26%20Co:sam%20lee%40example.com"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Harbour%20Clinic%20%26%20Co"
                + "&algorithm=SHA1&digits=6&period=30");
        assertThat(uri).doesNotContain("+").doesNotContain("=&");
    }

    @Test
    void encodesNonAsciiAsUtf8() {
        assertThat(AuthenticatorProvisioning.encode("Zoë")).isEqualTo("Zo%C3%AB");
    }

    @Test
    void groupsTheSecretInFours() {
        assertThat(AuthenticatorProvisioning.groupedSecret(SEED)).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
    }

    @Test
    void qrCodeHoldsTheSecretOfTheUri() throws Exception {
        String uri = AuthenticatorProvisioning.uri("Practice 2FA", "u-1", SEED);

        String qrCode = AuthenticatorProvisioning.qrCodeDataUri(uri);

        assertThat(qrCode).startsWith("data:image/png;base64,");
        assertThat(TwoFactorApi.secretFromQrCode(qrCode)).isEqualTo(SEED);
    }

    @Test
    void qrCodesOfRandomSecretsAndAccountsAllReadBack() throws Exception {
        SecureRandom random = new SecureRandom();
        for (int drawn = 0; drawn < 400; drawn++) {
            byte[] secret = new byte[20];
            random.nextBytes(secret);
            String uri = AuthenticatorProvisioning.uri("Practice 2FA", TwoFactorApi.unique("user"), secret);

            assertThat(TwoFactorApi.textOfQrCode(AuthenticatorProvisioning.qrCodeDataUri(uri))).isEqualTo(uri);
        }
    }

    @Test
    void readsAustralianNumbersWrittenLocallyAndRefusesOthers() {
        assertThat(PhoneNumbers.toE164("0412 345 678")).contains("+61412345678");
        assertThat(PhoneNumbers.toE164("+61 412 345 678")).contains("+61412345678");
        assertThat(PhoneNumbers.toE164("+14155552671")).contains("+14155552671");
        assertThat(PhoneNumbers.toE164("12345")).isEmpty();
        assertThat(PhoneNumbers.toE164("call me")).isEmpty();
        assertThat(PhoneNumbers.toE164("+61 412 345 678 999")).isEmpty();
    }

    @Test
    void masksDestinations() {
        assertThat(Masking.phone("+61412345678")).isEqualTo("+61******678");
        assertThat(Masking.email("sam.lee@example.com")).isEqualTo("s***@example.com");
    }
}
