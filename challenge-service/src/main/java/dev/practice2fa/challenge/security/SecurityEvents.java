package dev.practice2fa.challenge.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes security events keyed by user id. */
@ApplicationScoped
public class SecurityEvents {
    private final MutinyEmitter<String> emitter;
    private final ObjectMapper json;
    private final Clock clock;

    public SecurityEvents(@Channel("two-factor-security-events") MutinyEmitter<String> emitter,
            ObjectMapper json, Clock clock) {
        this.emitter = emitter;
        this.json = json;
        this.clock = clock;
    }

    /** One event; the answer to the user does not wait for Kafka, whose producer retries. */
    public void publish(SecurityEventType type, Subject subject) {
        SecurityEvent event = new SecurityEvent(UUID.randomUUID().toString(), type.name(), 1, clock.instant(),
                subject.userId(), subject.factorId(), subject.factorType(), subject.challengeId(),
                subject.practiceId());
        Message<String> message = Message.of(write(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(subject.userId()).build());
        emitter.sendMessage(message)
                .subscribe().with(
                        sent -> Log.debugf("Security event %s published", type),
                        failure -> Log.warnf("Security event %s not published: %s", type,
                                failure.getClass().getSimpleName()));
    }

    private String write(SecurityEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A security event could not be written", e);
        }
    }

    /** Whom and what an event is about. */
    public record Subject(String userId, String factorId, String factorType, String challengeId,
            String practiceId) {
        public static Subject user(String userId) {
            return new Subject(userId, null, null, null, null);
        }

        public Subject withFactor(String id, String type) {
            return new Subject(userId, id, type, challengeId, practiceId);
        }

        public Subject withChallenge(String id, String practice) {
            return new Subject(userId, factorId, factorType, id, practice);
        }
    }
}
