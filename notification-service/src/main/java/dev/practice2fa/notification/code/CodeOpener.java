package dev.practice2fa.notification.code;

import dev.practice2fa.common.crypto.KeyRing;
import dev.practice2fa.common.crypto.SealedBox;
import dev.practice2fa.notification.dispatch.Undeliverable;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Opens a sealed code. The delivery id is the associated data, so a code copied into another
 * delivery does not open. Built at startup ahead of the Kafka consumers, so a malformed key
 * stops the service before it consumes anything.
 */
@Startup(Interceptor.Priority.PLATFORM_BEFORE)
@ApplicationScoped
public class CodeOpener {
    private static final Pattern SIX_DIGITS = Pattern.compile("^[0-9]{6}$");

    private final KeyRing keys;

    public CodeOpener(CodeTransportConfig config) {
        Map<String, String> all = new HashMap<>(config.retiredKeys());
        all.put(config.keyId(), config.key());
        this.keys = new KeyRing(all, config.keyId());
    }

    /** The six digits; {@link Undeliverable} when the box does not open or holds anything else. */
    public String open(SealedBox code, UUID deliveryId) {
        String digits;
        try {
            digits = new String(keys.open(code, deliveryId.toString()), StandardCharsets.UTF_8);
        } catch (KeyRing.UnsealException e) {
            throw new Undeliverable("the code does not open with this service's keys");
        }
        if (!SIX_DIGITS.matcher(digits).matches()) {
            throw new Undeliverable("the sealed code is not six digits");
        }
        return digits;
    }
}
