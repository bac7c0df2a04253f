package dev.practice2fa.benchmarks.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * An answer as the harness keeps it: what was asked, the status, the body, and the moment the
 * whole body had arrived.
 *
 * @param request method and path, for messages
 * @param status the HTTP status
 * @param body the body as received
 * @param receivedAtNanos {@link System#nanoTime()} when the body had arrived
 */
public record HttpAnswer(String request, int status, Buffer body, long receivedAtNanos) {
    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** This answer, when it is a success; otherwise fails with what came back instead. */
    public HttpAnswer requireSuccess() {
        if (!successful()) {
            throw new UnexpectedAnswer(request, status);
        }
        return this;
    }

    /** The body as a JSON object; a body that is not one fails as an unexpected answer. */
    public JsonObject json() {
        try {
            return body.length() == 0 ? new JsonObject() : body.toJsonObject();
        } catch (DecodeException | ClassCastException e) {
            throw new UnexpectedAnswer(request, status, "a body that is not a JSON object");
        }
    }
}
