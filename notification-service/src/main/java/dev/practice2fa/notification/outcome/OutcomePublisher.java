package dev.practice2fa.notification.outcome;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes outcomes to {@code notification-outcomes} and waits for the broker to keep them. */
@ApplicationScoped
public class OutcomePublisher {
    private final MutinyEmitter<String> emitter;
    private final ObjectMapper mapper;

    public OutcomePublisher(@Channel("notification-outcomes") MutinyEmitter<String> emitter,
            ObjectMapper mapper) {
        this.emitter = emitter;
        this.mapper = mapper;
    }

    public void publish(NotificationOutcome outcome) {
        OutgoingKafkaRecordMetadata<String> key = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(outcome.deliveryId().toString())
                .build();
        emitter.sendMessageAndAwait(Message.of(json(outcome)).addMetadata(key));
    }

    private String json(NotificationOutcome outcome) {
        try {
            return mapper.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outcome could not be written as JSON", e);
        }
    }
}
