package dev.practice2fa.challenge.enrolment;

import dev.practice2fa.challenge.config.ChallengeConfig;
import dev.practice2fa.challenge.config.KeyRings;
import dev.practice2fa.challenge.otp.TotpMatch;
import dev.practice2fa.challenge.otp.TotpVerifier;
import dev.practice2fa.common.crypto.SealedBox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Authenticator secrets: made, sealed at rest with the factor id as associated data, and checked
 * against a code with replay refused through the factor's last accepted step.
 */
@ApplicationScoped
public class AuthenticatorSecrets {
    /** 160 bits, the length RFC 4226 recommends for HMAC-SHA1. */
    public static final int SECRET_BYTES = 20;

    private final SecureRandom random = new SecureRandom();
    private final KeyRings keys;
    private final Clock clock;
    private final int window;

    public AuthenticatorSecrets(KeyRings keys, Clock clock, ChallengeConfig config) {
        this.keys = keys;
        this.clock = clock;
        this.window = config.totp().window();
    }

    public byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    public void seal(Factor factor, byte[] secret) {
        SealedBox box = keys.totpSecrets().seal(secret, factor.id.toString());
        factor.secretKeyId = box.keyId();
        factor.secretNonce = box.nonce();
        factor.secretCiphertext = box.ciphertext();
    }

    /**
     * Whether {@code code} is valid now for the factor and its step was never accepted before;
     * a replayed step gets the same false as a wrong code.
     */
    public Uni<Boolean> verify(Factor factor, String code) {
        SealedBox sealed = new SealedBox(factor.secretKeyId, factor.secretNonce,
                factor.secretCiphertext);
        byte[] secret = keys.totpSecrets().open(sealed, factor.id.toString());
        TotpMatch match = new TotpVerifier(clock, window).check(secret, code);
        if (match instanceof TotpMatch.Accepted accepted) {
            return Panache.withTransaction(() -> Factor.acceptStep(factor.id, accepted.step()));
        }
        return Uni.createFrom().item(false);
    }
}
