package dev.practice2fa.benchmarks.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as the report writes them: never more precision than the measurement has. */
final class Formats {
    private Formats() {
    }

    /** Milliseconds: three significant digits below 100, whole above. */
    static String millis(double millis) {
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", millis);
        }
        if (millis >= 10) {
            return String.format(Locale.ROOT, "%.1f ms", millis);
        }
        return String.format(Locale.ROOT, "%.2f ms", millis);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f/s", perSecond);
    }

    /** Two decimals, or two significant digits below 0.1, so that a small ratio never reads as 0. */
    static String ratio(double ratio) {
        if (ratio > 0 && ratio < 0.1) {
            return new BigDecimal(ratio).round(new MathContext(2)).toPlainString();
        }
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    static String megabytes(long kilobytes) {
        return String.format(Locale.ROOT, "%.0f MB", kilobytes / 1024.0);
    }
}
