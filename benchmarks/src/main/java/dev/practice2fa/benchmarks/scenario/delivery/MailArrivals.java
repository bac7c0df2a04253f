package dev.practice2fa.benchmarks.scenario.delivery;

import dev.practice2fa.benchmarks.http.HttpAnswer;
import dev.practice2fa.benchmarks.http.LocalHttp;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mail as the SMTP server (GreenMail) received it. Its API stamps no arrival time finer than a
 * second, so each awaited mailbox is polled and a message counts as arrived when a poll first
 * shows it: the measurement is late by at most one polling interval plus one API call, and
 * the polling itself adds a little load, which the report says.
 */
public final class MailArrivals implements Arrivals {
    static final String INBOX = "/api/user/%s/messages/INBOX";

    private final Vertx vertx;
    private final LocalHttp http;
    private final ArrivalBook book = new ArrivalBook();
    private final Map<String, Integer> counted = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final long timerId;

    public MailArrivals(Vertx vertx, LocalHttp http, Duration pollInterval) {
        this.vertx = vertx;
        this.http = http;
        this.timerId = vertx.setPeriodic(pollInterval.toMillis(), ignored -> poll());
    }

    /** Every address awaited must be new to the mail server when the run began. */
    @Override
    public CompletableFuture<Long> expect(String address, long sentAtNanos) {
        return book.expect(address, sentAtNanos);
    }

    private void poll() {
        for (String address : book.awaited()) {
            if (inFlight.add(address)) {
                String path = INBOX.formatted(URLEncoder.encode(address, StandardCharsets.UTF_8));
                http.send(HttpMethod.GET, path, null, null)
                        .thenAccept(answer -> count(address, answer, System.nanoTime()))
                        .whenComplete((done, failure) -> inFlight.remove(address));
            }
        }
    }

    private void count(String address, HttpAnswer answer, long seenAtNanos) {
        if (!answer.successful()) {
            return;
        }
        int messages = new JsonArray(answer.body()).size();
        int before = counted.getOrDefault(address, 0);
        for (int i = before; i < messages; i++) {
            book.arrived(address, seenAtNanos);
        }
        counted.put(address, Math.max(before, messages));
    }

    @Override
    public void close() {
        vertx.cancelTimer(timerId);
    }
}
