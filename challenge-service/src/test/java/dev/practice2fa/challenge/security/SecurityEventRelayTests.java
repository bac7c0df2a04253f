package dev.practice2fa.challenge.security;

import static dev.practice2fa.challenge.support.TwoFactorApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityEventRelayTests {
    private static final int BACKLOG = 1_000;

    @Inject
    SecurityEventRelay relay;

    @Inject
    ObjectMapper json;

    @Test
    void publishesABacklogOfManyBatchesInOneRound() throws Throwable {
        String userId = unique("u");
        List<PendingSecurityEvent> backlog = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            backlog.add(pending(userId));
        }
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> PendingSecurityEvent.persist(backlog)));

        VertxContextSupport.subscribeAndAwait(relay::drain);

        long left = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> PendingSecurityEvent.count("recordKey", userId)));
        assertThat(left).isZero();
    }

    private PendingSecurityEvent pending(String userId) throws Exception {
        SecurityEvent event = new SecurityEvent(UUID.randomUUID().toString(), "VERIFICATION_SUCCEEDED", 1,
                Instant.now(), userId, null, "SMS", null, null);
        PendingSecurityEvent pending = new PendingSecurityEvent();
        pending.id = UUID.fromString(event.eventId());
        pending.recordKey = userId;
        pending.payload = json.writeValueAsString(event);
        pending.createdAt = event.occurredAt();
        return pending;
    }
}
