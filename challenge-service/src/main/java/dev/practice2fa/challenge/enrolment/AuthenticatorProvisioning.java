package dev.practice2fa.challenge.enrolment;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.practice2fa.challenge.otp.Base32;
import dev.practice2fa.challenge.otp.TotpVerifier;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** What an authenticator app needs to take a secret: the otpauth URI, its QR code, the grouped text. */
public final class AuthenticatorProvisioning {
    private static final int QR_SIZE = 240;

    private AuthenticatorProvisioning() {
    }

    /**
     * The {@code otpauth://totp/} URI: issuer and account in the label and the issuer parameter,
     * percent-encoded (a space is %20, never +, which apps would show), secret without padding.
     */
    public static String uri(String issuer, String account, byte[] secret) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(account)
                + "?secret=" + Base32.encode(secret)
                + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + TotpVerifier.DIGITS + "&period=" + TotpVerifier.STEP_SECONDS;
    }

    /** The secret for typing by hand: base32 in groups of four. */
    public static String groupedSecret(byte[] secret) {
        return Base32.encode(secret).replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** A QR code of {@code text} as a PNG data URI. */
    public static String qrCodeDataUri(String text) {
        try {
            // A quiet zone of four modules is what the QR standard asks for; phone cameras find
            // a code against a busy page background more easily with it.
            Map<EncodeHintType, Object> hints = Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4);
            BitMatrix matrix = new QRCodeWriter()
                    .encode(text, BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE, hints);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(MonochromePng.of(matrix));
        } catch (WriterException e) {
            throw new IllegalStateException("The QR code could not be drawn", e);
        }
    }

    /** RFC 3986 percent-encoding: unreserved characters stay, every other UTF-8 byte is %XX. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte value : text.getBytes(StandardCharsets.UTF_8)) {
            char symbol = (char) (value & 0xff);
            if (isUnreserved(symbol)) {
                out.append(symbol);
            } else {
                out.append('%').append(String.format("%02X", value & 0xff));
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char symbol) {
        return (symbol >= 'A' && symbol <= 'Z') || (symbol >= 'a' && symbol <= 'z')
                || (symbol >= '0' && symbol <= '9') || symbol == '-' || symbol == '.' || symbol == '_'
                || symbol == '~';
    }
}
