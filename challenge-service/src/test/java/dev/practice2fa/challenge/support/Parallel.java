package dev.practice2fa.challenge.support;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/** Sends many requests at the same moment, to prove that counting holds under a race. */
public final class Parallel {
    private Parallel() {
    }

    /** Posts each body to {@code path} at once with the token; returns the answers, in order. */
    public static List<HttpResponse<String>> post(String path, String token, List<String> bodies) {
        ExecutorService threads = Executors.newFixedThreadPool(bodies.size());
        // The client keeps its own threads: sharing the senders' pool would leave none to read answers.
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, bodies.size())
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> send(client, start, path, token, bodies.get(i)),
                            threads))
                    .toList();
            start.countDown();
            return answers.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdownNow();
        }
    }

    private static HttpResponse<String> send(HttpClient client, CountDownLatch start, String path, String token,
            String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            start.await();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("A parallel request failed", e);
        }
    }
}
