package dev.practice2fa.benchmarks.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceLauncherTests {
    /** Tests run in the module's folder, one below the repository's root. */
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path stack;

    private Vertx vertx;

    @BeforeEach
    void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stopVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void measuresARunningServiceAsFoundWithoutStartingOrStoppingIt() throws Exception {
        HttpServer running = vertx.createHttpServer()
                .requestHandler(request -> request.response().end("{\"status\":\"UP\"}"))
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        ServiceSpec spec = new ServiceSpec("challenge-service", running.actualPort(), stack.resolve("none.jar"));

        ServiceProcess service = new ServiceLauncher(vertx, stack, Map.of()).findOrStart(spec, false);
        // The process found is this test's own: were it stopped, the test would not go on.
        service.stopIfLaunched();

        ServiceFootprint footprint = service.footprint();
        assertThat(footprint.firstRequest().missingBecause()).isEqualTo("started before the run");
        assertThat(footprint.residentKilobytes().value()).hasValueSatisfying(kb -> assertThat(kb).isPositive());
    }

    @Test
    void startsAServiceWithTheJvmOptionsOfBinRun() throws Exception {
        String binRun = Files.readString(REPOSITORY.resolve("bin/run"));
        Matcher options = Pattern.compile("(?s)\\njava_options=\\(([^)]*)\\)").matcher(binRun);

        assertThat(options.find()).as("bin/run names its java_options").isTrue();
        assertThat(List.of(options.group(1).trim().split("\\s+"))).isEqualTo(ServiceLauncher.JAVA_OPTIONS);
        assertThat(binRun).contains("export MALLOC_ARENA_MAX=2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"policy-service", "challenge-service", "notification-service"})
    void startsAServiceWithTheJvmOptionsOfItsImageButTheHeapSize(String service) throws Exception {
        String dockerfile = Files.readString(REPOSITORY.resolve(service + "/src/main/docker/Dockerfile.jvm"));
        Matcher toolOptions = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(dockerfile);

        assertThat(toolOptions.find()).isTrue();
        List<String> image = List.of(toolOptions.group(1).split("\\s+"));
        assertThat(ServiceLauncher.JAVA_OPTIONS).filteredOn(option -> !option.matches("-Xm[sx].*"))
                .allSatisfy(option -> assertThat(image).contains(option));
        assertThat(image).filteredOn(option -> !option.startsWith("-XX:MaxRAMPercentage"))
                .allSatisfy(option -> assertThat(ServiceLauncher.JAVA_OPTIONS).contains(option));
        assertThat(dockerfile).contains("MALLOC_ARENA_MAX=2");
    }

    @Test
    void usesTheClassDataArchiveWhenTheBuildMadeOne() throws Exception {
        Path jar = stack.resolve("quarkus-run.jar");
        assertThat(ServiceLauncher.command(jar)).doesNotContain("-XX:SharedArchiveFile=app-cds.jsa")
                .endsWith("-jar", "quarkus-run.jar");

        Files.writeString(stack.resolve("app-cds.jsa"), "archive");

        assertThat(ServiceLauncher.command(jar)).contains("-XX:SharedArchiveFile=app-cds.jsa");
    }

    @Test
    void reportsWhyAServiceThatIsNeitherRunningNorBuiltWasNotMeasured() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            freePort = socket.getLocalPort();
        }
        ServiceSpec spec = new ServiceSpec("policy-service", freePort, stack.resolve("missing/quarkus-run.jar"));

        ServiceFootprint footprint = new ServiceLauncher(vertx, stack, Map.of()).findOrStart(spec, true).footprint();

        assertThat(footprint.firstRequest().missingBecause()).contains("is not built");
        assertThat(footprint.residentKilobytes().taken()).isFalse();
    }
}
