package dev.practice2fa.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a real PostgreSQL server from the binaries packed in Maven jars, for machines that
 * have no PostgreSQL of their own. It keeps running until this process is ended, and its
 * data stays in the given folder between runs.
 *
 * <p>Command line: {@code EmbeddedPostgresServer PORT DATA_FOLDER}.
 */
public final class EmbeddedPostgresServer {
    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        new CountDownLatch(1).await();
    }
}
