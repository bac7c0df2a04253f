package dev.practice2fa.common.crypto;

/**
 * The result of sealing with {@link KeyRing}: which key sealed it, the nonce, and the
 * ciphertext with its authentication tag, the last two in unpadded base64url. This is the shape
 * in which a sealed value travels in an event or rests in a database column.
 */
public record SealedBox(String keyId, String nonce, String ciphertext) {
}
