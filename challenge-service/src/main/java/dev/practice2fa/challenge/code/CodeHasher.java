package dev.practice2fa.challenge.code;

import dev.practice2fa.challenge.config.ChallengeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256) of codes, recovery codes and destinations: what Redis and the
 * database hold instead of the value, useless to whoever reads the store without the key.
 */
@ApplicationScoped
public class CodeHasher {
    private static final String ALGORITHM = "HmacSHA256";

    /**
     * One keyed Mac per thread: a Mac is not safe to share, and looking one up and keying it on
     * every hash would cost each request that much again. doFinal leaves it ready for the next.
     */
    private final ThreadLocal<Mac> macs;

    public CodeHasher(ChallengeConfig config) {
        SecretKeySpec key = new SecretKeySpec(keyBytes(config.keys()), ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> keyed(key));
    }

    /** The hash of {@code value} in the context {@code purpose}, as lowercase hex. */
    public String hash(String purpose, String value) {
        Mac mac = macs.get();
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac keyed(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] keyBytes(ChallengeConfig.Keys keys) {
        if (keys.codeHashKey().isPresent()) {
            return Base64.getDecoder().decode(keys.codeHashKey().get().trim());
        }
        // A key of its own, derived so that the hashes never reveal the encryption key itself.
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            byte[] encryptionKey = Base64.getDecoder().decode(keys.totpEncryptionKey().trim());
            mac.init(new SecretKeySpec(encryptionKey, ALGORITHM));
            return mac.doFinal("practice2fa code hash key".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
