package dev.practice2fa.benchmarks.scenario.totp;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** RFC 4648 base32 decoding, as authenticator secrets are written: padding and spaces optional. */
final class Base32 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    static byte[] decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char character : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (character == '=' || character == ' ' || character == '-') {
                continue;
            }
            int value = ALPHABET.indexOf(character);
            if (value < 0) {
                throw new IllegalArgumentException("Not a base32 character: " + character);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }
}
