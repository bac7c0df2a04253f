package dev.practice2fa.notification.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.practice2fa.common.crypto.KeyRing;
import dev.practice2fa.common.crypto.SealedBox;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Events shaped as their producers publish them, built as JSON maps so that a test can also
 * publish what no producer would. Codes are sealed with the local-only test key, as the
 * challenge service seals them.
 */
public final class Events {
    public static final String TEST_KEY_ID = "local-1";
    private static final KeyRing TEST_KEYS = new KeyRing(
            Map.of(TEST_KEY_ID, "QZEow18GUNo+q3fdU1QVaaOoGQrWDwYZtvw6RgbrTIM="), TEST_KEY_ID);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Events() {
    }

    /** A random six-digit code, leading zeros kept. */
    public static String code() {
        return String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /** An email address no other test writes to. */
    public static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** An Australian mobile number no other test texts. */
    public static String uniquePhone() {
        return "+614" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static SealedBox seal(String code, UUID deliveryId) {
        return TEST_KEYS.seal(code.getBytes(StandardCharsets.UTF_8), deliveryId.toString());
    }

    /** An OTP delivery of this code, valid for five minutes from now. */
    public static Map<String, Object> otpDelivery(String channel, String destination, String code,
            String locale) {
        UUID deliveryId = UUID.randomUUID();
        Instant now = Instant.now();
        Map<String, Object> event = envelope("OTP_DELIVERY_REQUESTED", now);
        event.put("deliveryId", deliveryId.toString());
        event.put("challengeId", UUID.randomUUID().toString());
        event.put("userId", "u-" + deliveryId.toString().substring(0, 8));
        event.put("channel", channel);
        event.put("destination", destination);
        event.put("code", box(seal(code, deliveryId)));
        event.put("locale", locale);
        event.put("purpose", "SIGN_IN");
        event.put("practiceName", "Harbour Clinic");
        event.put("expiresAt", now.plus(Duration.ofMinutes(5)).toString());
        return event;
    }

    public static Map<String, Object> membership(String practiceId, String userId, boolean active,
            String email, String displayName, String locale, long version) {
        Map<String, Object> event = envelope(active ? "MEMBERSHIP_CHANGED" : "MEMBERSHIP_REMOVED", Instant.now());
        event.put("practiceId", practiceId);
        event.put("userId", userId);
        event.put("role", "STANDARD");
        event.put("active", active);
        event.put("email", email);
        event.put("displayName", displayName);
        event.put("locale", locale);
        event.put("version", version);
        return event;
    }

    public static Map<String, Object> settingChanged(String practiceId, String practiceName, String previousMode,
            String mode, String methodPreference, long version) {
        Map<String, Object> event = envelope("TWO_FACTOR_SETTING_CHANGED", Instant.now());
        event.put("practiceId", practiceId);
        event.put("practiceName", practiceName);
        event.put("locale", "en-AU");
        event.put("mode", mode);
        event.put("methodPreference", methodPreference);
        event.put("previousMode", previousMode);
        event.put("previousMethodPreference", methodPreference);
        event.put("version", version);
        event.put("changedBy", "u-admin");
        return event;
    }

    public static Map<String, Object> securityEvent(String type, String userId, String factorType,
            String practiceId) {
        Map<String, Object> event = envelope(type, Instant.now());
        event.put("userId", userId);
        event.put("factorId", UUID.randomUUID().toString());
        event.put("factorType", factorType);
        event.put("challengeId", null);
        event.put("practiceId", practiceId);
        return event;
    }

    public static String json(Map<String, Object> event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> envelope(String type, Instant occurredAt) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("schemaVersion", 1);
        event.put("occurredAt", occurredAt.toString());
        return event;
    }

    private static Map<String, Object> box(SealedBox box) {
        return Map.of("keyId", box.keyId(), "nonce", box.nonce(), "ciphertext", box.ciphertext());
    }
}
