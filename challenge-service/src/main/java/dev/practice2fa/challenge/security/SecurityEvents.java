package dev.practice2fa.challenge.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.practice2fa.challenge.store.StoreGuard;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Records security events keyed by user id. They are written to PostgreSQL first and published by
 * {@link SecurityEventRelay}, so that an event survives a broker outage or a restart.
 */
@ApplicationScoped
public class SecurityEvents {
    private final ObjectMapper json;
    private final StoreGuard guard;
    private final Clock clock;

    public SecurityEvents(ObjectMapper json, StoreGuard guard, Clock clock) {
        this.json = json;
        this.guard = guard;
        this.clock = clock;
    }

    public Uni<Void> record(SecurityEventType type, Subject subject) {
        SecurityEvent event = new SecurityEvent(UUID.randomUUID().toString(), type.name(), 1,
                clock.instant(), subject.userId(), subject.factorId(), subject.factorType(),
                subject.challengeId(), subject.practiceId());
        PendingSecurityEvent pending = new PendingSecurityEvent();
        pending.id = UUID.fromString(event.eventId());
        pending.recordKey = subject.userId();
        pending.payload = write(event);
        pending.createdAt = event.occurredAt();

        return guard.guard("PostgreSQL", Panache.withTransaction(pending::persist))
                .invoke(() -> Log.debugf("Security event %s recorded", type))
                .replaceWithVoid();
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
