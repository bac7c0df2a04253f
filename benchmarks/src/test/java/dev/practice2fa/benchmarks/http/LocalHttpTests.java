package dev.practice2fa.benchmarks.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.practice2fa.benchmarks.load.LoadGenerator;
import dev.practice2fa.benchmarks.load.StepLimits;
import dev.practice2fa.benchmarks.load.StepResult;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalHttpTests {
    private static final StepLimits TWO_SECONDS = new StepLimits(Duration.ofSeconds(2), 10_000, 10_000,
            Duration.ofSeconds(3));

    private Vertx vertx;
    private HttpServer server;
    private final List<HttpServerRequest> held = new ArrayList<>();
    private volatile boolean stalled;

    @BeforeEach
    void startServer() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer()
                .requestHandler(this::answer)
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopServer() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aServiceThatPausesShowsThePauseInP99() {
        // The server stops answering for 400 ms, 600 ms into the run, as a service in a long
        // garbage collection would; every request due during the pause waits for its end.
        vertx.setTimer(600, started -> {
            stalled = true;
            vertx.setTimer(400, ended -> release());
        });

        StepResult result = run(200);

        assertThat(result.errors()).isZero();
        assertThat(result.succeeded()).isEqualTo(400);
        assertThat(result.latency().p99Millis()).isGreaterThanOrEqualTo(300.0);
        assertThat(result.latency().p50Millis()).isLessThan(150.0);
    }

    @Test
    void aServiceThatNeverPausesStaysFarBelowThePause() {
        StepResult result = run(200);

        assertThat(result.errors()).isZero();
        assertThat(result.succeeded()).isEqualTo(400);
        assertThat(result.latency().p99Millis()).isLessThan(300.0);
    }

    @Test
    void failsAnOperationWhoseAnswerIsNotASuccess() {
        try (LocalHttp http = LocalHttp.connect(vertx, "http://127.0.0.1:" + server.actualPort(), 4,
                Duration.ofSeconds(5))) {
            StepResult result = new LoadGenerator().run(50,
                    http.operation(HttpMethod.GET, "/missing", null),
                    TWO_SECONDS.withDuration(Duration.ofMillis(200)));

            assertThat(result.errors()).isEqualTo(10);
            assertThat(result.errorReasons()).containsEntry("GET /missing answered 404", 10L);
        }
    }

    @Test
    void sendsNothingToAnAddressOtherThanTheLoopback() {
        assertThatThrownBy(() -> LocalHttp.connect(vertx, "http://10.0.0.1:8082", 1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("127.0.0.1 only");
        assertThatThrownBy(() -> LocalHttp.connect(vertx, "http://localhost:8082", 1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private StepResult run(double rate) {
        try (LocalHttp http = LocalHttp.connect(vertx, "http://127.0.0.1:" + server.actualPort(), 8,
                Duration.ofSeconds(5))) {
            return new LoadGenerator().run(rate, http.operation(HttpMethod.GET, "/no-op", null), TWO_SECONDS);
        }
    }

    private void answer(HttpServerRequest request) {
        if (!request.path().equals("/no-op")) {
            request.response().setStatusCode(404).end();
        } else if (stalled) {
            held.add(request);
        } else {
            request.response().putHeader("content-type", "application/json").end("{}");
        }
    }

    private void release() {
        stalled = false;
        held.forEach(request -> request.response().end("{}"));
        held.clear();
    }
}
