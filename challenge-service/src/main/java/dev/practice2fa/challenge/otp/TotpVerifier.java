package dev.practice2fa.challenge.otp;

import dev.practice2fa.challenge.code.CodeFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

/**
 * RFC 6238 time-based codes: HMAC-SHA1, six digits, 30-second steps, accepted at the current
 * step and {@code window} steps either side. Replay is not judged here: the caller records the
 * accepted step and refuses any step not later than the last one.
 */
public final class TotpVerifier {
    /** Seconds per step; the value authenticator apps honour. */
    public static final int STEP_SECONDS = 30;
    /** Digits per code; the value authenticator apps honour. */
    public static final int DIGITS = 6;

    private final Clock clock;
    private final int window;

    public TotpVerifier(Clock clock, int window) {
        if (window < 0 || window > 1) {
            throw new IllegalArgumentException("The window is 0 or 1 step");
        }
        this.clock = clock;
        this.window = window;
    }

    /** The step the clock stands in now. */
    public long currentStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), STEP_SECONDS);
    }

    /** The code an app shows at {@code step}. */
    public static String codeAt(byte[] secret, long step) {
        return HmacOtp.generate(secret, step, DIGITS);
    }

    /**
     * Compares every step of the window, in constant time per step, and does not stop at the first
     * match so that the time taken says nothing about which step matched.
     */
    public TotpMatch check(byte[] secret, String code) {
        if (!CodeFormat.isWellFormed(code)) {
            return new TotpMatch.Rejected();
        }
        byte[] offered = code.getBytes(StandardCharsets.US_ASCII);
        long now = currentStep();
        TotpMatch result = new TotpMatch.Rejected();
        for (long step = now - window; step <= now + window; step++) {
            byte[] expected = codeAt(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, offered) && result instanceof TotpMatch.Rejected) {
                result = new TotpMatch.Accepted(step);
            }
        }
        return result;
    }
}
