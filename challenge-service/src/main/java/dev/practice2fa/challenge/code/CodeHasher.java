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

    private final SecretKeySpec key;

    public CodeHasher(ChallengeConfig config) {
        this.key = new SecretKeySpec(keyBytes(config.keys()), ALGORITHM);
    }

    /** The hash of {@code value} in the context {@code purpose}, as lowercase hex. */
    public String hash(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
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
