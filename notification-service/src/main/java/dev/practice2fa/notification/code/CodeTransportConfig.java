package dev.practice2fa.notification.code;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * The key ring that opens codes sealed by the challenge service. Rotation: the challenge
 * service seals with a new key id, this service lists the old one under retired keys until no
 * code sealed with it can still be waiting.
 */
@ConfigMapping(prefix = "notification.code-transport")
public interface CodeTransportConfig {
    /** The id of the current key ({@code CODE_TRANSPORT_KEY_ID}); no default outside dev and test. */
    String keyId();

    /** The current key, 32 bytes in base64 ({@code CODE_TRANSPORT_KEY}); no default outside dev and test. */
    String key();

    /** Older keys still accepted, by id; none by default. */
    Map<String, String> retiredKeys();
}
