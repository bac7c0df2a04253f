package dev.practice2fa.benchmarks;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** What the harness tells whoever runs it, one line per step, on standard output. */
public final class Progress {
    private Progress() {
    }

    public static void say(String format, Object... arguments) {
        String time = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        System.out.println(time + " " + String.format(Locale.ROOT, format, arguments));
    }
}
