package dev.practice2fa.challenge.otp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The RFC 4226 HOTP value of a secret at a counter, with HMAC-SHA1 and dynamic truncation.
 * Kept apart from any rule about windows, clocks or replay, which {@link TotpVerifier} owns.
 */
public final class HmacOtp {
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000,
        10_000_000, 100_000_000};

    /** One Mac per thread, keyed anew for each secret: looking one up costs more than keying it. */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(HmacOtp::newMac);

    private HmacOtp() {
    }

    /** The code as text of exactly {@code digits} characters, leading zeros kept. */
    public static String generate(byte[] secret, long counter, int digits) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("HOTP codes have 6 to 8 digits");
        }
        int value = truncate(hmacSha1(secret, counter)) % POWERS_OF_TEN[digits];
        return String.format("%0" + digits + "d", value);
    }

    private static int truncate(byte[] hash) {
        int offset = hash[hash.length - 1] & 0x0f;
        return ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
    }

    private static byte[] hmacSha1(byte[] secret, long counter) {
        Mac mac = MACS.get();
        try {
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 refused the secret", e);
        }
        return mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance("HmacSHA1");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }
}
