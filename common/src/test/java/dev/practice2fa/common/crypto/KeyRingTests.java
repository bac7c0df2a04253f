package dev.practice2fa.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyRingTests {
    private static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW_KEY =
            Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void opensWhatItSealedInTheSameContext() {
        KeyRing ring = new KeyRing(Map.of("k1", OLD_KEY), "k1");

        SealedBox box = ring.seal("123456".getBytes(StandardCharsets.UTF_8), "delivery-1");

        assertThat(new String(ring.open(box, "delivery-1"), StandardCharsets.UTF_8)).isEqualTo("123456");
        assertThat(box.ciphertext()).doesNotContain("123456");
    }

    @Test
    void refusesToOpenInAnotherContext() {
        KeyRing ring = new KeyRing(Map.of("k1", OLD_KEY), "k1");
        SealedBox box = ring.seal("123456".getBytes(StandardCharsets.UTF_8), "delivery-1");

        assertThatThrownBy(() -> ring.open(box, "delivery-2")).isInstanceOf(KeyRing.UnsealException.class);
    }

    @Test
    void refusesAnAlteredCiphertext() {
        KeyRing ring = new KeyRing(Map.of("k1", OLD_KEY), "k1");
        SealedBox box = ring.seal("123456".getBytes(StandardCharsets.UTF_8), "d");
        char first = box.ciphertext().charAt(0);
        String altered = (first == 'A' ? 'B' : 'A') + box.ciphertext().substring(1);

        assertThatThrownBy(() -> ring.open(new SealedBox("k1", box.nonce(), altered), "d"))
                .isInstanceOf(KeyRing.UnsealException.class);
    }

    @Test
    void opensValuesSealedWithARetiredKeyAfterRotation() {
        SealedBox sealedBefore = new KeyRing(Map.of("k1", OLD_KEY), "k1").seal(new byte[] {7}, "f");
        KeyRing rotated = new KeyRing(Map.of("k1", OLD_KEY, "k2", NEW_KEY), "k2");

        assertThat(rotated.open(sealedBefore, "f")).containsExactly(7);
        assertThat(rotated.seal(new byte[] {7}, "f").keyId()).isEqualTo("k2");
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> new KeyRing(Map.of("k1", shortKey), "k1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
