package dev.practice2fa.policy.outbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends one outbox event to Kafka and completes only when the broker has acknowledged it: all
 * in-sync replicas have it ({@code acks=all}), and the idempotent producer keeps one key's
 * records in the order they were sent.
 */
@ApplicationScoped
class KafkaPublisher {
    private final Producer<String, String> producer;

    KafkaPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafka,
            OutboxConfig config) {
        this.producer = new KafkaProducer<>(settings(kafka, config.sendTimeout()),
                new StringSerializer(), new StringSerializer());
    }

    /** Producer settings: the application's {@code kafka.*} ones, with the outbox's guarantees. */
    static Map<String, Object> settings(Map<String, Object> kafka, Duration sendTimeout) {
        int timeout = Math.toIntExact(sendTimeout.toMillis());
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "policy-service-outbox");
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout * 2);
        return settings;
    }

    /**
     * Completes when the broker acknowledged the event, fails when it did not in time. Sending
     * blocks while the producer waits for the topic's metadata, so it runs on a worker thread.
     */
    Uni<Void> publish(PendingMessage message) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(message.topic(), message.key(), message.payload());

        return Uni.createFrom()
                .<Void>emitter(emitter -> producer.send(record, (metadata, failure) -> {
                    if (failure == null) {
                        emitter.complete(null);
                    } else {
                        emitter.fail(failure);
                    }
                }))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
