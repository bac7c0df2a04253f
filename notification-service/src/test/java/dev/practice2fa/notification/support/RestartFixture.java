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
 * Messages sent by one application, kept on disk for the test classes that run against the
 * restarted application: the only state that crosses the restart is the stack's (Kafka,
 * Redis, the mailbox), as in production.
 */
public final class RestartFixture {
    /** Code deliveries, each the event that was sent. */
    public static final RestartFixture DELIVERIES = new RestartFixture("sent-before-restart");
    /** Mandate notices, each the address told and the practice. */
    public static final RestartFixture MANDATE_NOTICES = new RestartFixture("told-before-restart");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path folder;

    private RestartFixture(String folder) {
        this.folder = Path.of("target", folder);
    }

    /** Forgets what an earlier build recorded. */
    public void clear() {
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void record(String id, Map<String, Object> message) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(id + ".json"), Events.json(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Map<String, Object>> recorded() {
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
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
