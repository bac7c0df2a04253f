package dev.practice2fa.stack;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Unpacks the Redis server binary that the embedded-redis jar carries, for machines that
 * have no {@code redis-server} of their own, and prints where it was put.
 *
 * <p>Command line: {@code EmbeddedRedisBinary TARGET_FOLDER}.
 */
public final class EmbeddedRedisBinary {
    private EmbeddedRedisBinary() {
    }

    public static void main(String[] args) throws Exception {
        String resource = resourceForThisMachine();
        Path target = Path.of(args[0]).resolve("redis-server");
        if (!Files.isExecutable(target)) {
            Files.createDirectories(target.getParent());
            try (InputStream binary = EmbeddedRedisBinary.class.getResourceAsStream(resource)) {
                if (binary == null) {
                    throw new IllegalStateException("embedded-redis carries no server for " + resource);
                }
                Files.copy(binary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            target.toFile().setExecutable(true);
        }
        System.out.println(target.toAbsolutePath());
    }

    private static String resourceForThisMachine() {
        String os = System.getProperty("os.name").toLowerCase();
        String arch = System.getProperty("os.arch").toLowerCase();
        boolean arm = arch.contains("aarch64") || arch.contains("arm");
        if (os.contains("mac")) {
            return arm ? "/redis-server-6.2.6-v5-darwin-arm64" : "/redis-server-6.2.6-v5-darwin-amd64";
        }
        return arm ? "/redis-server-6.2.7-linux-arm64" : "/redis-server-6.2.6-v5-linux-amd64";
    }
}
