package dev.practice2fa.benchmarks.scenario.events;

import dev.practice2fa.common.crypto.KeyRing;
import dev.practice2fa.common.crypto.SealedBox;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens the codes of delivery events, as the notification service does. The harness holds one
 * code transport key, the one the services were started with; it tries that key under
 * whatever key id an event names, and a code sealed with any other key fails to open.
 */
public final class CodeOpener {
    private final String base64Key;
    private final Map<String, KeyRing> ringsByKeyId = new ConcurrentHashMap<>();

    public CodeOpener(String base64Key) {
        this.base64Key = base64Key.strip();
    }

    /** The code sealed in {@code box}, bound to {@code deliveryId}. */
    public String open(SealedBox box, String deliveryId) {
        KeyRing ring = ringsByKeyId.computeIfAbsent(box.keyId(),
                id -> new KeyRing(Map.of(id, base64Key), id));
        return new String(ring.open(box, deliveryId), StandardCharsets.UTF_8);
    }
}
