package dev.practice2fa.challenge.config;

import dev.practice2fa.common.crypto.KeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The two key rings: one seals codes in transit, the other authenticator secrets at rest. */
@ApplicationScoped
public class KeyRings {
    private final KeyRing codeTransport;
    private final KeyRing totpSecrets;

    public KeyRings(ChallengeConfig config) {
        ChallengeConfig.Keys keys = config.keys();
        this.codeTransport = new KeyRing(Map.of(keys.codeTransportKeyId(), keys.codeTransportKey()),
                keys.codeTransportKeyId());
        Map<String, String> totpKeys = new HashMap<>(retired(keys.totpRetiredKeys()));
        totpKeys.put(keys.totpEncryptionKeyId(), keys.totpEncryptionKey());
        this.totpSecrets = new KeyRing(totpKeys, keys.totpEncryptionKeyId());
    }

    /** Retired keys as "id=key" pairs separated by commas; a key's base64 may itself end in '='. */
    static Map<String, String> retired(Optional<String> configured) {
        Map<String, String> keys = new HashMap<>();
        for (String pair : configured.orElse("").split(",")) {
            int split = pair.indexOf('=');
            if (split > 0) {
                keys.put(pair.substring(0, split).trim(), pair.substring(split + 1).trim());
            } else if (!pair.isBlank()) {
                throw new IllegalArgumentException("A retired key must be written id=key");
            }
        }
        return keys;
    }

    public KeyRing codeTransport() {
        return codeTransport;
    }

    public KeyRing totpSecrets() {
        return totpSecrets;
    }
}
