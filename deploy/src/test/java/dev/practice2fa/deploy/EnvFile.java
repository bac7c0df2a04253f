package dev.practice2fa.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A file of NAME=value lines, as compose's env_file and kubectl's --from-env-file read it. */
final class EnvFile {
    private EnvFile() {
    }

    static Map<String, String> read(Path file) {
        if (!Files.exists(file)) {
            throw new AssertionError(file + " is missing");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : Repository.read(file).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 1) {
                throw new AssertionError(file + ": not a NAME=value line: " + trimmed);
            }
            entries.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
        }
        return entries;
    }

    static Set<String> names(Path file) {
        return read(file).keySet();
    }
}
