package dev.practice2fa.policy.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Adds an event to the outbox. Call it inside the transaction of the change the event describes:
 * the event then exists exactly when the change does, and the relay publishes it.
 */
@ApplicationScoped
public class Outbox {
    private final ObjectMapper json;
    private final Clock clock;

    Outbox(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public Uni<Void> add(String topic, String key, Object event) {
        OutboxMessage message = new OutboxMessage();
        message.topic = topic;
        message.key = key;
        message.payload = serialise(event);
        message.createdAt = Instant.now(clock);

        return message.persist().replaceWithVoid();
    }

    private String serialise(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event of type " + event.getClass().getSimpleName()
                    + " cannot be written as JSON", e);
        }
    }
}
