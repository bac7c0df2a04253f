package dev.practice2fa.benchmarks.scenario.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.practice2fa.benchmarks.http.HttpAnswer;
import dev.practice2fa.benchmarks.http.LocalHttp;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SmsArrivalsTests {
    private static final String PHONE = "+61400000001";

    private final Vertx vertx = Vertx.vertx();
    private final ClockAnchor anchor = new ClockAnchor(0, 0);
    private final SmsArrivals arrivals = new SmsArrivals(vertx,
            LocalHttp.connect(vertx, "http://127.0.0.1:9", 1, Duration.ofSeconds(1)), anchor, Duration.ofHours(1));

    @AfterEach
    void stopVertx() throws Exception {
        arrivals.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void matchesTwoMessagesToOneNumberInOnePageOfTheJournalToTheirOwnSends() {
        CompletableFuture<Long> first = arrivals.expect(PHONE, anchor.nanoTimeOf(1_000));
        CompletableFuture<Long> second = arrivals.expect(PHONE, anchor.nanoTimeOf(1_030));

        arrivals.read(journal(request("r-2", 1_045), request("r-1", 1_020)));

        assertThat(first).isCompletedWithValue(anchor.nanoTimeOf(1_020));
        assertThat(second).isCompletedWithValue(anchor.nanoTimeOf(1_045));
    }

    /** The journal as WireMock answers it: the newest request first. */
    private static HttpAnswer journal(JsonObject... requests) {
        JsonObject body = new JsonObject().put("requests", new JsonArray(List.of((Object[]) requests)));
        return new HttpAnswer("GET /__admin/requests", 200, Buffer.buffer(body.encode()), 0);
    }

    private static JsonObject request(String id, long loggedDate) {
        return new JsonObject()
                .put("id", id)
                .put("request", new JsonObject()
                        .put("loggedDate", loggedDate)
                        .put("body", "To=%2B61400000001&From=%2B61480000000&Body=code"));
    }
}
