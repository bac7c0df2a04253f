package dev.practice2fa.benchmarks.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a tool of the machine to its end, within a time limit, and keeps what it printed. */
final class ExternalCommand {
    private ExternalCommand() {
    }

    /** What a finished command left behind. */
    record Output(int exitCode, String stdout, String stderr) {
        /** The standard output, when the command succeeded; otherwise fails with its error output. */
        String requireSuccess(String what) {
            if (exitCode != 0) {
                throw new IllegalStateException(what + " exited with " + exitCode + ": " + lastLine(stderr));
            }
            return stdout;
        }

        private static String lastLine(String text) {
            String trimmed = text.strip();
            return trimmed.substring(trimmed.lastIndexOf('\n') + 1);
        }
    }

    static Output run(List<String> command, Duration limit) {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " could not be started: " + e.getMessage(), e);
        }
        CompletableFuture<String> stdout = read(process, true);
        CompletableFuture<String> stderr = read(process, false);
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish within " + limit);
            }
            return new Output(process.exitValue(), stdout.join(), stderr.join());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + command.get(0) + " ran", e);
        }
    }

    /** True when {@code program} is found on the PATH. */
    static boolean installed(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(":")) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static CompletableFuture<String> read(Process process, boolean standardOutput) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                byte[] bytes = standardOutput
                        ? process.getInputStream().readAllBytes()
                        : process.getErrorStream().readAllBytes();
                return new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
