package dev.practice2fa.benchmarks.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLauncherTests {
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
