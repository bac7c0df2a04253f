package dev.practice2fa.challenge.enrolment;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a black-and-white bit matrix as a PNG of one bit per pixel. Drawing through
 * {@code BufferedImage} and ImageIO went pixel by pixel through a colour model and took most of
 * an enrolment's time on the event loop; the rows of a 1-bit greyscale PNG are the matrix's bits
 * themselves, so they are packed directly and compressed once.
 */
final class MonochromePng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte BIT_DEPTH = 1;
    private static final byte GREYSCALE = 0;
    private static final byte NO_FILTER = 0;

    private MonochromePng() {
    }

    /** The PNG of {@code matrix}: a set bit is a black pixel, a clear one white. */
    static byte[] of(BitMatrix matrix) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13)
                .putInt(matrix.getWidth()).putInt(matrix.getHeight())
                .put(BIT_DEPTH).put(GREYSCALE).put((byte) 0).put((byte) 0).put((byte) 0)
                .array());
        chunk(png, "IDAT", deflate(rows(matrix)));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** Each row: the filter type, then the pixels eight to a byte, the leftmost in the high bit. */
    private static byte[] rows(BitMatrix matrix) {
        int width = matrix.getWidth();
        int rowBytes = (width + 7) / 8;
        byte[] rows = new byte[(rowBytes + 1) * matrix.getHeight()];
        for (int y = 0; y < matrix.getHeight(); y++) {
            int start = y * (rowBytes + 1);
            rows[start] = NO_FILTER;
            for (int x = 0; x < width; x++) {
                if (!matrix.get(x, y)) {
                    rows[start + 1 + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return rows;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
