package dev.practice2fa.benchmarks.footprint;

import dev.practice2fa.benchmarks.Measured;
import dev.practice2fa.benchmarks.Progress;
import dev.practice2fa.benchmarks.http.HttpAnswer;
import dev.practice2fa.benchmarks.http.LocalHttp;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds each service on its port, or starts it the way {@code bin/run} does (same JVM options,
 * same keys, same environment) and measures the time from the process start to its first answered
 * request. Services are started one after another so that no start competes with another for
 * the two cores.
 */
public final class ServiceLauncher {
    /**
     * The JVM options {@code bin/run} starts every service with, the images' own but for the
     * heap, which the images take from their memory limit; ServiceLauncherTests holds the three
     * to each other.
     */
    static final List<String> JAVA_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m",
            "-XX:+ExitOnOutOfMemoryError");
    /** Fewer malloc arenas, as {@code bin/run} and the images set. */
    static final Map<String, String> JAVA_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");
    /** The class data archive a build with {@code quarkus.package.jar.appcds.enabled} writes. */
    static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";
    static final String PROBE = "/q/health/live";
    private static final Duration READY_LIMIT = Duration.ofSeconds(90);
    private static final long PROBE_INTERVAL_MILLIS = 10;

    private final Vertx vertx;
    private final Path stackFolder;
    private final Map<String, String> serviceEnvironment;

    /**
     * @param stackFolder the local stack's state: its keys, and the folder for service logs
     * @param serviceEnvironment variables a started service gets beyond the harness's own
     */
    public ServiceLauncher(Vertx vertx, Path stackFolder, Map<String, String> serviceEnvironment) {
        this.vertx = vertx;
        this.stackFolder = stackFolder;
        this.serviceEnvironment = serviceEnvironment;
    }

    /** The service found or started; when neither works, one whose footprint says why. */
    public ServiceProcess findOrStart(ServiceSpec spec, boolean mayStart) {
        try {
            return attachOrLaunch(spec, mayStart);
        } catch (IllegalStateException e) {
            Progress.say("%s: %s", spec.name(), e.getMessage());
            return ServiceProcess.unavailable(spec, e.getMessage());
        }
    }

    private ServiceProcess attachOrLaunch(ServiceSpec spec, boolean mayStart) {
        try (LocalHttp http = LocalHttp.connect(vertx, spec.baseUrl(), 1, Duration.ofSeconds(2))) {
            if (answers(http).isPresent()) {
                Progress.say("%s: already running on port %d, measured as found", spec.name(), spec.port());
                return new ServiceProcess(spec, ListeningSockets.ofThisMachine().pidListeningOn(spec.port()),
                        Measured.missing("started before the run"), null);
            }
            if (!mayStart) {
                throw new IllegalStateException(spec.name() + " is not running on port " + spec.port());
            }
            return start(spec, http);
        }
    }

    private ServiceProcess start(ServiceSpec spec, LocalHttp http) {
        if (!Files.isRegularFile(spec.jar())) {
            throw new IllegalStateException(spec.name() + " is not built: " + spec.jar() + " is missing");
        }
        Path log = stackFolder.resolve("logs").resolve("benchmark-" + spec.name() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command(spec.jar()))
                .directory(spec.jar().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(serviceEnvironment);
        builder.environment().putAll(JAVA_ENVIRONMENT);
        builder.environment().put("HTTP_PORT", Integer.toString(spec.port()));
        builder.environment().put("HTTP_HOST", "127.0.0.1");
        long began = System.nanoTime();
        Process process = launch(builder, spec);
        Duration firstRequest = awaitFirstAnswer(http, process, spec, began);
        Progress.say("%s: started, first request answered after %d ms", spec.name(), firstRequest.toMillis());
        return new ServiceProcess(spec, OptionalLong.of(process.pid()), Measured.of(firstRequest), process);
    }

    /**
     * The command {@code bin/run} runs, in the jar's folder: the class data archive names the
     * jar as the build saw it, relative to there.
     */
    static List<String> command(Path jar) {
        List<String> command = new ArrayList<>();
        command.add("java");
        command.addAll(JAVA_OPTIONS);
        if (Files.isRegularFile(jar.resolveSibling(CLASS_DATA_ARCHIVE))) {
            command.add("-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE);
        }
        command.add("-jar");
        command.add(jar.getFileName().toString());
        return command;
    }

    private static Process launch(ProcessBuilder builder, ServiceSpec spec) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(spec.name() + " could not be started: " + e.getMessage(), e);
        }
    }

    private Duration awaitFirstAnswer(LocalHttp http, Process process, ServiceSpec spec, long began) {
        long deadline = began + READY_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<HttpAnswer> answer = answers(http);
            if (answer.isPresent()) {
                return Duration.ofNanos(answer.get().receivedAtNanos() - began);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " stopped while starting; see its log in "
                        + stackFolder.resolve("logs"));
            }
            pause();
        }
        process.destroyForcibly();
        throw new IllegalStateException(spec.name() + " answered no request within " + READY_LIMIT);
    }

    private static Optional<HttpAnswer> answers(LocalHttp http) {
        try {
            HttpAnswer answer = http.send(HttpMethod.GET, PROBE, null, null)
                    .toCompletableFuture()
                    .get(2, TimeUnit.SECONDS);
            return answer.successful() ? Optional.of(answer) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PROBE_INTERVAL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a service started", e);
        }
    }
}
