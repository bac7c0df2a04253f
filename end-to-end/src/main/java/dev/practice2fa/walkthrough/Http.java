package dev.practice2fa.walkthrough;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client: every call names its bearer token and gets status and body back. */
final class Http {
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A status and a parsed body. */
    record Reply(int status, JsonNode body) {
        /** Accepts any 2xx: created (201) and accepted for sending (202) are successes too. */
        Reply expectSuccess(String what) {
            return status / 100 == 2 ? this : expect(200, what);
        }

        Reply expect(int expected, String what) {
            if (status != expected) {
                throw new JourneyFailure(what + ": expected HTTP " + expected + " but got " + status + " " + body);
            }
            return this;
        }
    }

    Reply get(String url, String token) {
        return send(request(url, token).GET().build());
    }

    Reply put(String url, String token, Object body) {
        return send(request(url, token).PUT(json(body)).build());
    }

    Reply post(String url, String token, Object body) {
        return send(request(url, token).POST(json(body)).build());
    }

    Reply delete(String url, String token) {
        return send(request(url, token).DELETE().build());
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(Json.write(body));
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), Json.parse(response.body()));
        } catch (IOException e) {
            throw new JourneyFailure(request.method() + " " + request.uri() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted");
        }
    }
}
