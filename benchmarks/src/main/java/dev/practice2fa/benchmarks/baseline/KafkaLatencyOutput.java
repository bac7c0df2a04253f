package dev.practice2fa.benchmarks.baseline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code org.apache.kafka.tools.EndToEndLatency} prints at its end:
 * {@code Avg latency: 1.2345 ms} and {@code Percentiles: 50th = 1, 99th = 3, 99.9th = 9}.
 */
final class KafkaLatencyOutput {
    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([0-9]+(?:\\.[0-9]+)?) ms");
    private static final Pattern PERCENTILES = Pattern.compile(
            "Percentiles: 50th = ([0-9]+), 99th = ([0-9]+), 99\\.9th = ([0-9]+)");

    private KafkaLatencyOutput() {
    }

    static KafkaEndToEnd read(String output, int records) {
        Matcher average = find(AVERAGE, output);
        Matcher percentiles = find(PERCENTILES, output);
        return new KafkaEndToEnd(records, Double.parseDouble(average.group(1)),
                Long.parseLong(percentiles.group(1)), Long.parseLong(percentiles.group(2)),
                Long.parseLong(percentiles.group(3)));
    }

    private static Matcher find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalArgumentException("EndToEndLatency printed no line matching " + pattern);
        }
        return matcher;
    }
}
