package dev.practice2fa.benchmarks;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the harness tells whoever runs it, one line per step, on standard output. */
public final class Progress {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Progress() {
    }

    public static void say(String format, Object... arguments) {
        String time = LocalTime.now().format(TIME);
        System.out.println(time + " " + String.format(Locale.ROOT, format, arguments));
    }
}
