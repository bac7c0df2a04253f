package dev.practice2fa.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.practice2fa.benchmarks.http.LocalHttp;
import dev.practice2fa.benchmarks.scenario.fixtures.Fixtures;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NoOpEndpointTests {
    private final Fixtures fixtures = new Fixtures(2, Duration.ofSeconds(10));
    private Vertx vertx;
    private HttpServer server;
    private Set<String> paths;

    @BeforeEach
    void startServer() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer()
                .requestHandler(request -> request.response()
                        .setStatusCode(paths.contains(request.path()) ? 200 : 404)
                        .end("{}"))
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopServer() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void measuresTheConfiguredEndpointWhenTheServiceHasIt() {
        paths = Set.of("/benchmark/no-op", NoOpEndpoint.STAND_IN);

        NoOpEndpoint noOp = NoOpEndpoint.probe(http(), "/benchmark/no-op", fixtures);

        assertThat(noOp.path()).isEqualTo("/benchmark/no-op");
        assertThat(noOp.standIn()).isFalse();
    }

    @Test
    void fallsBackToTheLivenessCheckAndSaysSoWhenTheEndpointIsMissing() {
        paths = Set.of(NoOpEndpoint.STAND_IN);

        NoOpEndpoint noOp = NoOpEndpoint.probe(http(), "/benchmark/no-op", fixtures);

        assertThat(noOp.path()).isEqualTo("/q/health/live");
        assertThat(noOp.standIn()).isTrue();
        assertThat(noOp.title()).endsWith("(stand-in)");
    }

    private LocalHttp http() {
        return LocalHttp.connect(vertx, "http://127.0.0.1:" + server.actualPort(), 2, Duration.ofSeconds(5));
    }
}
