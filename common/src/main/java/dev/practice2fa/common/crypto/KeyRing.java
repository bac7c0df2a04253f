package dev.practice2fa.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with named keys. New values are sealed with the active key; values sealed with
 * any key still on the ring can be opened, so keys rotate by adding a new active key and
 * keeping the old one until nothing sealed with it remains. The associated data binds a sealed
 * value to its context (a delivery id, a factor id): moved elsewhere, it no longer opens.
 */
public final class KeyRing {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param base64Keys key id to a 32-byte key in standard or url-safe base64
     * @param activeKeyId the id of the key that seals new values
     */
    public KeyRing(Map<String, String> base64Keys, String activeKeyId) {
        this.keys = Map.copyOf(base64Keys.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> toKey(entry))));
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("The active key '" + activeKeyId + "' is not on the key ring");
        }
        this.activeKeyId = activeKeyId;
    }

    public SealedBox seal(byte[] plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), nonce, associatedData);
            return new SealedBox(activeKeyId, ENCODER.encodeToString(nonce),
                    ENCODER.encodeToString(cipher.doFinal(plaintext)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Opens a sealed value.
     *
     * @throws UnsealException when the key is unknown or the value or its associated data were altered
     */
    public byte[] open(SealedBox box, String associatedData) {
        SecretKey key = keys.get(box.keyId());
        if (key == null) {
            throw new UnsealException("Sealed with a key that is not on the key ring: " + box.keyId());
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, DECODER.decode(box.nonce()), associatedData);
            return cipher.doFinal(DECODER.decode(box.ciphertext()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnsealException("The sealed value does not open with its key and context");
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String associatedData)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static SecretKey toKey(Map.Entry<String, String> entry) {
        String text = entry.getValue().trim();
        byte[] bytes = text.contains("-") || text.contains("_")
                ? DECODER.decode(text) : Base64.getDecoder().decode(text);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("Key '" + entry.getKey() + "' must be 32 bytes, not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** A sealed value that cannot be opened: unknown key, or altered value or context. */
    public static final class UnsealException extends RuntimeException {
        public UnsealException(String message) {
            super(message);
        }
    }
}
