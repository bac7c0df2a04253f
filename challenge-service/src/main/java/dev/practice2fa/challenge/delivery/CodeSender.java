package dev.practice2fa.challenge.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.practice2fa.challenge.code.CodeGenerator;
import dev.practice2fa.challenge.code.CodeLedger;
import dev.practice2fa.challenge.code.Issue;
import dev.practice2fa.challenge.code.RedisKeys;
import dev.practice2fa.challenge.config.ChallengeConfig;
import dev.practice2fa.challenge.config.KeyRings;
import dev.practice2fa.challenge.enrolment.Masking;
import dev.practice2fa.challenge.store.RedisScripts;
import dev.practice2fa.common.crypto.SealedBox;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Issues a code for a scope and asks the notification service to send it: the code is stored
 * as a keyed hash, sealed for transport, and never logged.
 */
@ApplicationScoped
public class CodeSender {
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(10);

    private final CodeLedger ledger;
    private final CodeGenerator generator;
    private final KeyRings keys;
    private final RedisScripts redis;
    private final MutinyEmitter<String> deliveries;
    private final ObjectMapper json;
    private final Clock clock;
    private final ChallengeConfig config;

    public CodeSender(CodeLedger ledger, CodeGenerator generator, KeyRings keys, RedisScripts redis,
            @Channel("otp-deliveries") MutinyEmitter<String> deliveries, ObjectMapper json, Clock clock,
            ChallengeConfig config) {
        this.ledger = ledger;
        this.generator = generator;
        this.keys = keys;
        this.redis = redis;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    public Uni<CodeDelivery> send(String scope, Send send) {
        String code = generator.next();
        String deliveryId = UUID.randomUUID().toString();
        Instant expiresAt = clock.instant().plusSeconds(config.codes().lifetimeSeconds());
        CodeLedger.IssueRequest request = new CodeLedger.IssueRequest(send.userId(), send.method(),
                send.destination(), code, deliveryId, expiresAt.toEpochMilli());

        return ledger.issue(scope, request)
                .chain(issue -> issued(issue)
                        .chain(resendsLeft -> publish(send, code, deliveryId, expiresAt)
                                .chain(() -> remember(scope, send, deliveryId))
                                .map(ignored -> new CodeDelivery(deliveryId, send.method(),
                                        Masking.destination(send.destination()), expiresAt, resendsLeft))));
    }

    private static Uni<Integer> issued(Issue issue) {
        if (issue instanceof Issue.Issued issued) {
            return Uni.createFrom().item(issued.resendsLeft());
        }
        return Uni.createFrom().failure(refusal(issue));
    }

    private static ApiProblemException refusal(Issue issue) {
        if (issue instanceof Issue.TooSoon) {
            return ApiProblemException.withType(ProblemKind.TOO_MANY_REQUESTS, "resend-too-soon",
                    "A code was sent moments ago; wait before asking for another.");
        }
        if (issue instanceof Issue.ResendsExhausted) {
            return ApiProblemException.withType(ProblemKind.TOO_MANY_REQUESTS, "resends-exhausted",
                    "No more codes can be sent for this challenge.");
        }
        if (issue instanceof Issue.HourlyLimit) {
            return ApiProblemException.withType(ProblemKind.TOO_MANY_REQUESTS, "hourly-code-limit",
                    "Too many codes were sent to this user or destination in the last hour.");
        }
        return ApiProblemException.withType(ProblemKind.CONFLICT, "challenge-closed",
                "This challenge takes no more codes: it is verified, or its attempts are used up.");
    }

    private Uni<Void> publish(Send send, String code, String deliveryId, Instant expiresAt) {
        SealedBox sealed = keys.codeTransport().seal(code.getBytes(StandardCharsets.US_ASCII), deliveryId);
        OtpDeliveryEvent event = new OtpDeliveryEvent(UUID.randomUUID().toString(),
                "OTP_DELIVERY_REQUESTED", 1, clock.instant(), deliveryId, send.challengeId(),
                send.userId(), send.method(), send.destination(), sealed, send.locale(), send.purpose(),
                send.practiceName(), expiresAt);
        String key = send.challengeId() != null ? send.challengeId() : send.factorId();
        Message<String> message = Message.of(write(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());

        return deliveries.sendMessage(message)
                .ifNoItem().after(PUBLISH_TIMEOUT).fail()
                .onFailure().transform(failure -> {
                    Log.warnf("Code delivery %s not published: %s", deliveryId,
                            failure.getClass().getSimpleName());
                    return ApiProblemException.withType(ProblemKind.UNAVAILABLE, "delivery-unavailable",
                            "The code could not be handed to the notification service; ask again shortly.");
                })
                .invoke(() -> Log.debugf("Code delivery %s requested by %s to %s", deliveryId, send.method(),
                        Masking.destination(send.destination())));
    }

    /** Keeps the delivery beside its scope so that its outcome can be shown to the client. */
    private Uni<Void> remember(String scope, Send send, String deliveryId) {
        DeliveryRecord record = new DeliveryRecord(deliveryId, send.method(),
                Masking.destination(send.destination()), "REQUESTED", null, clock.instant());
        String ttl = Long.toString(config.challenges().lifetimeMinutes() * 60_000L);

        return redis.command("HSET", RedisKeys.deliveries(scope), deliveryId, write(record))
                .chain(() -> redis.command("PEXPIRE", RedisKeys.deliveries(scope), ttl))
                .chain(() -> redis.command("SET", DeliveryOutcomes.scopeOf(deliveryId), scope, "PX", ttl))
                .replaceWithVoid();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A delivery could not be written", e);
        }
    }

    /** A code to send: to whom and where, why, and in whose name. */
    public record Send(String userId, String method, String destination, String purpose, String challengeId,
            String factorId, String practiceName, String locale) {
    }
}
