package dev.practice2fa.benchmarks.scenario.delivery;

import dev.practice2fa.benchmarks.http.HttpAnswer;
import dev.practice2fa.benchmarks.http.LocalHttp;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Messages as the SMS stand-in (WireMock) received them, read from its request journal. The
 * journal stamps each request with its arrival in milliseconds ({@code loggedDate}), so the
 * polling interval decides only how soon a wait ends, not the latency measured.
 */
public final class SmsArrivals implements Arrivals {
    static final String JOURNAL = "/__admin/requests?limit=1000&since=";
    /** Re-reads this far back so a request journaled a little out of order is not missed. */
    private static final long OVERLAP_MILLIS = 2_000;

    private final Vertx vertx;
    private final LocalHttp http;
    private final ClockAnchor anchor;
    private final ArrivalBook book = new ArrivalBook();
    private final Set<String> seenIds = new HashSet<>();
    private final AtomicBoolean polling = new AtomicBoolean();
    private final long timerId;
    private volatile long sinceMillis;

    public SmsArrivals(Vertx vertx, LocalHttp http, ClockAnchor anchor, Duration pollInterval) {
        this.vertx = vertx;
        this.http = http;
        this.anchor = anchor;
        this.sinceMillis = System.currentTimeMillis() - OVERLAP_MILLIS;
        this.timerId = vertx.setPeriodic(pollInterval.toMillis(), ignored -> poll());
    }

    @Override
    public CompletableFuture<Long> expect(String destination, long sentAtNanos) {
        return book.expect(destination, sentAtNanos);
    }

    private void poll() {
        if (book.awaited().isEmpty() || !polling.compareAndSet(false, true)) {
            return;
        }
        String since = Instant.ofEpochMilli(sinceMillis).toString();
        http.send(HttpMethod.GET, JOURNAL + since, null, null)
                .thenAccept(this::read)
                .whenComplete((done, failure) -> polling.set(false));
    }

    /**
     * Hands each new request to the book in the order it arrived. The journal lists the newest
     * first, and the book matches an arrival to the oldest send made before it, so two messages
     * to one destination seen in one poll must be handed over oldest first: the later arrival
     * would otherwise take the first send and leave the earlier one matching none.
     */
    synchronized void read(HttpAnswer answer) {
        if (!answer.successful()) {
            return;
        }
        JsonArray requests = answer.json().getJsonArray("requests", new JsonArray());
        List<JsonObject> entries = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            entries.add(requests.getJsonObject(i));
        }
        entries.sort(Comparator.comparingLong(SmsArrivals::loggedDateOf));
        long newest = sinceMillis;
        for (JsonObject entry : entries) {
            long loggedDate = loggedDateOf(entry);
            newest = Math.max(newest, loggedDate);
            String to = recipientOf(entry.getJsonObject("request", new JsonObject()));
            if (to != null && seenIds.add(entry.getString("id"))) {
                book.arrived(to, anchor.nanoTimeOf(loggedDate));
            }
        }
        sinceMillis = Math.max(sinceMillis, newest - OVERLAP_MILLIS);
    }

    private static long loggedDateOf(JsonObject entry) {
        return entry.getJsonObject("request", new JsonObject()).getLong("loggedDate", 0L);
    }

    /** The {@code To} form field of a Messages API request. */
    static String recipientOf(JsonObject request) {
        String body = request.getString("body", "");
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals("To")) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public void close() {
        vertx.cancelTimer(timerId);
    }
}
