package dev.practice2fa.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The local stack as tests see it: where its state lives, where its servers listen, tokens
 * for its key pair, and a way to stop and start one server to prove that a service fails
 * closed and recovers.
 */
public final class LocalStack {
    private LocalStack() {
    }

    /** The repository's root: the nearest folder, from here upwards, holding {@code bin/stack}. */
    public static Path repositoryRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.isExecutable(folder.resolve("bin/stack"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("bin/stack not found above " + Path.of("").toAbsolutePath());
        }
        return folder;
    }

    /** The stack's state folder: {@code PRACTICE2FA_STACK_DIR}, else {@code .stack} in the repository. */
    public static Path stateFolder() {
        String configured = System.getenv("PRACTICE2FA_STACK_DIR");
        return configured != null ? Path.of(configured) : repositoryRoot().resolve(".stack");
    }

    public static TokenMinter tokens() {
        return TokenMinter.forStack(stateFolder());
    }

    public static String kafkaBootstrapServers() {
        return env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
    }

    /** The base address of the SMTP server's mailbox API. */
    public static String mailApiUrl() {
        return "http://127.0.0.1:" + env("MAIL_API_PORT", "18025");
    }

    /** The base address of the SMS provider stand-in, which also answers its recording API. */
    public static String smsProviderUrl() {
        return env("SMS_PROVIDER_URL", "http://127.0.0.1:18090");
    }

    /** Stops one server of the stack: {@code kafka}, {@code postgres}, {@code redis}, {@code mail} or {@code sms}. */
    public static void stop(String server) {
        run("stop", server);
    }

    /** Starts one server of the stack again and waits until it accepts connections. */
    public static void start(String server) {
        run("start", server);
    }

    private static void run(String command, String server) {
        Path root = repositoryRoot();
        try {
            Process process = new ProcessBuilder(root.resolve("bin/stack").toString(), command, server)
                    .directory(root.toFile())
                    .inheritIO()
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("bin/stack " + command + " " + server + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("bin/stack could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running bin/stack", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
