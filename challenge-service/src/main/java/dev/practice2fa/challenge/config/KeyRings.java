package dev.practice2fa.challenge.config;

import dev.practice2fa.common.crypto.KeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The two key rings: one seals codes in transit, the other authenticator secrets at rest. */
@ApplicationScoped
public class KeyRings {
    private final KeyRing codeTransport;
    private final KeyRing totpSecrets;

    public KeyRings(ChallengeConfig config) {
        ChallengeConfig.Keys keys = config.keys();
        this.codeTransport = new KeyRing(Map.of(keys.codeTransportKeyId(), keys.codeTransportKey()),
                keys.codeTransportKeyId());
        this.totpSecrets = new KeyRing(Map.of(keys.totpEncryptionKeyId(), keys.totpEncryptionKey()),
                keys.totpEncryptionKeyId());
    }

    public KeyRing codeTransport() {
        return codeTransport;
    }

    public KeyRing totpSecrets() {
        return totpSecrets;
    }
}
