package dev.practice2fa.benchmarks.http;

import dev.practice2fa.benchmarks.Loopback;
import dev.practice2fa.benchmarks.load.Operation;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * HTTP/1.1 to one service on 127.0.0.1, over Vert.x core's client: a fixed pool of keep-alive
 * connections driven by an event loop, with an explicit queue for requests waiting for a
 * connection. Thousands of requests can be in flight without a thread each, which a generator
 * sharing two cores with the services needs, and time spent queued for a connection is part of
 * the latency the generator records.
 */
public final class LocalHttp implements AutoCloseable {
    private final HttpClient client;
    private final Context context;
    private final Duration timeout;

    private LocalHttp(HttpClient client, Context context, Duration timeout) {
        this.client = client;
        this.context = context;
        this.timeout = timeout;
    }

    /**
     * A client of the service at {@code baseUrl}, which must be on 127.0.0.1.
     *
     * @param connections the most connections open at once
     * @param timeout how long a request may stay without an answer
     */
    public static LocalHttp connect(Vertx vertx, String baseUrl, int connections, Duration timeout) {
        URI address = Loopback.requireUrl(baseUrl);
        HttpClientOptions options = new HttpClientOptions()
                .setDefaultHost(address.getHost())
                .setDefaultPort(address.getPort())
                .setKeepAlive(true)
                .setPipelining(false)
                .setConnectTimeout((int) timeout.toMillis());
        PoolOptions pool = new PoolOptions()
                .setHttp1MaxSize(connections)
                .setMaxWaitQueueSize(-1);
        return new LocalHttp(vertx.createHttpClient(options, pool), vertx.getOrCreateContext(),
                timeout);
    }

    /**
     * Sends one request; {@code bearerToken} and {@code body} may be null. The request is made on
     * the client's event loop: built from another thread, an answer that came back at once could
     * complete the chain there while the event loop already delivered its body to no reader, and
     * the answer would read as empty.
     */
    public CompletionStage<HttpAnswer> send(HttpMethod method, String path, String bearerToken,
            JsonObject body) {
        String request = method + " " + path;
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setURI(path)
                .setIdleTimeout(timeout.toMillis());
        Promise<HttpAnswer> answer = Promise.promise();
        context.runOnContext(ignored -> client.request(options)
                .compose(outgoing -> send(outgoing, bearerToken, body))
                .compose(response -> response.body()
                        .map(buffer -> new HttpAnswer(request, response.statusCode(), buffer,
                                System.nanoTime())))
                .onComplete(answer));
        return answer.future().toCompletionStage();
    }

    /** An operation that sends the same request each time and succeeds on a 2xx answer. */
    public Operation operation(HttpMethod method, String path, String bearerToken) {
        return (index, intendedNanos) -> send(method, path, bearerToken, null)
                .thenApply(answer -> answer.requireSuccess().receivedAtNanos());
    }

    private static Future<HttpClientResponse> send(HttpClientRequest outgoing,
            String bearerToken, JsonObject body) {
        outgoing.putHeader(HttpHeaders.ACCEPT, "application/json");
        if (bearerToken != null) {
            outgoing.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken);
        }
        if (body == null) {
            return outgoing.send();
        }
        outgoing.putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        return outgoing.send(body.toBuffer());
    }

    @Override
    public void close() {
        client.close();
    }
}
