package dev.practice2fa.notification.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Deliveries sent by one application, kept on disk for the test class that runs against the
 * restarted application: the only state that crosses the restart is the stack's (Kafka,
 * Redis, the mailbox), as in production.
 */
public final class RestartFixture {
    private static final Path FOLDER = Path.of("target", "sent-before-restart");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RestartFixture() {
    }

    /** Forgets deliveries recorded by an earlier build. */
    public static void clear() {
        try (Stream<Path> files = Files.exists(FOLDER) ? Files.list(FOLDER) : Stream.empty()) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void record(Map<String, Object> delivery) {
        try {
            Files.createDirectories(FOLDER);
            Files.writeString(FOLDER.resolve(delivery.get("deliveryId") + ".json"), Events.json(delivery));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Map<String, Object>> recorded() {
        try (Stream<Path> files = Files.exists(FOLDER) ? Files.list(FOLDER) : Stream.empty()) {
            return files.map(RestartFixture::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> read(Path file) {
        try {
            return MAPPER.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
