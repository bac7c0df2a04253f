package dev.practice2fa.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared {@code Content-Length} exceeds
 * {@code quarkus.http.limits.max-body-size} with a 413 problem document. The HTTP layer refuses
 * such a request before any exception mapper runs, with an empty body; this guard runs just
 * before it. A chunked body that grows too large is still refused by the HTTP layer, with a
 * 413 and an empty body, since its size is known only while it is read.
 */
@Singleton
public class OversizedBodyGuard {
    /** Just before the HTTP layer's own size check, which runs at order -2. */
    private static final int ORDER = -3;

    void install(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
            MemorySize limit) {
        String body = answer(json);
        router.route().order(ORDER).handler(context -> refuseIfTooLarge(context, limit.asLongValue(), body));
    }

    private static void refuseIfTooLarge(RoutingContext context, long limit, String body) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null || !isLarger(length, limit)) {
            context.next();
            return;
        }
        // The body is not read, so the connection cannot carry another request.
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(body);
    }

    private static boolean isLarger(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String answer(ObjectMapper json) {
        try {
            return json.writeValueAsString(Problem.of(ProblemKind.PAYLOAD_TOO_LARGE,
                    "The request body is larger than allowed."));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The problem document cannot be written", e);
        }
    }
}
