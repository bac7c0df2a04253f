package dev.practice2fa.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Files of the repository the checks read, found from the root the build passes in. */
final class Repository {
    /** The services that run in containers, each in the folder of its name. */
    static final List<String> SERVICES =
            List.of("policy-service", "challenge-service", "notification-service");

    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("project.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dockerfile(String service) {
        return path(service + "/src/main/docker/Dockerfile.jvm");
    }

    static Path applicationProperties(String service) {
        return path(service + "/src/main/resources/application.properties");
    }
}
