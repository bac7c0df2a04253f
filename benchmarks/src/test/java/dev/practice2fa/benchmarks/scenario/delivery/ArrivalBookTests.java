package dev.practice2fa.benchmarks.scenario.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ArrivalBookTests {
    private static final long MILLI = 1_000_000;

    private final ArrivalBook book = new ArrivalBook();

    @Test
    void completesTheWaitingSendWithTheMomentItsMessageArrived() {
        CompletableFuture<Long> arrival = book.expect("+61400000001", 100 * MILLI);

        book.arrived("+61400000001", 140 * MILLI);

        assertThat(arrival).isCompletedWithValue(140 * MILLI);
        assertThat(book.awaited()).isEmpty();
    }

    @Test
    void dropsAnArrivalOlderThanTheSendSoAnEarlierMessageIsNotTakenForIt() {
        CompletableFuture<Long> arrival = book.expect("+61400000001", 100 * MILLI);

        book.arrived("+61400000001", 50 * MILLI);

        assertThat(arrival).isNotDone();
        assertThat(book.awaited()).containsExactly("+61400000001");
    }

    @Test
    void matchesArrivalsToSendsOfOneDestinationOldestFirst() {
        CompletableFuture<Long> first = book.expect("a@bench.example.com", 100 * MILLI);
        CompletableFuture<Long> second = book.expect("a@bench.example.com", 200 * MILLI);

        book.arrived("a@bench.example.com", 150 * MILLI);
        book.arrived("a@bench.example.com", 260 * MILLI);

        assertThat(first).isCompletedWithValue(150 * MILLI);
        assertThat(second).isCompletedWithValue(260 * MILLI);
    }

    @Test
    void toleratesAMillisecondStampThatLooksSlightlyEarlierThanTheSend() {
        CompletableFuture<Long> arrival = book.expect("+61400000001", 100 * MILLI + 400_000);

        book.arrived("+61400000001", 100 * MILLI);

        assertThat(arrival).isCompletedWithValue(100 * MILLI + 400_000);
    }

    @Test
    void forgetsASendWhoseWaitWasCancelled() {
        book.expect("+61400000001", 100 * MILLI).cancel(false);

        assertThat(book.awaited()).isEmpty();
    }

    @Test
    void readsTheRecipientFromTheFormBodyOfAMessagesRequest() {
        JsonObject request = new JsonObject().put("body", "From=%2B61299990000&To=%2B61412345678&Body=Code+012345");

        assertThat(SmsArrivals.recipientOf(request)).isEqualTo("+61412345678");
        assertThat(SmsArrivals.recipientOf(new JsonObject().put("body", "Body=x"))).isNull();
    }

    @Test
    void convertsBetweenTheWallClockAndTheMonotonicClock() {
        ClockAnchor anchor = new ClockAnchor(1_700_000_000_000L * MILLI, 5_000 * MILLI);

        assertThat(anchor.nanoTimeOf(1_700_000_000_250L)).isEqualTo(5_250 * MILLI);
        assertThat(anchor.epochMillisOf(5_250 * MILLI + 999_999)).isEqualTo(1_700_000_000_250L);
    }
}
