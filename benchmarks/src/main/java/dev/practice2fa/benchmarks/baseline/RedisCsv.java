package dev.practice2fa.benchmarks.baseline;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code --csv} output of redis-benchmark: a header row naming the columns
 * ({@code test}, {@code rps}, {@code p50_latency_ms}, {@code p99_latency_ms}, ...) and one row
 * per test, every field in double quotes.
 */
final class RedisCsv {
    private RedisCsv() {
    }

    /** The row of the test whose name starts with {@code command}. */
    static RedisGetDel read(String csv, String command, int connections) {
        List<String> header = null;
        for (String line : csv.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.contains("test") && fields.contains("rps")) {
                header = fields;
            } else if (header != null && namesTest(fields, header.indexOf("test"), command)) {
                return new RedisGetDel(number(header, fields, "rps"),
                        number(header, fields, "p50_latency_ms"),
                        number(header, fields, "p99_latency_ms"), connections);
            }
        }
        throw new IllegalArgumentException("redis-benchmark printed no " + command + " row: " + csv.strip());
    }

    private static boolean namesTest(List<String> fields, int testColumn, String command) {
        return testColumn < fields.size() && fields.get(testColumn).startsWith(command);
    }

    private static double number(List<String> header, List<String> fields, String column) {
        int index = header.indexOf(column);
        if (index < 0 || index >= fields.size()) {
            throw new IllegalArgumentException("redis-benchmark printed no column " + column);
        }
        return Double.parseDouble(fields.get(index));
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        for (String raw : line.split(",")) {
            String field = raw.strip();
            boolean quoted = field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"");
            fields.add(quoted ? field.substring(1, field.length() - 1) : field);
        }
        return fields;
    }
}
