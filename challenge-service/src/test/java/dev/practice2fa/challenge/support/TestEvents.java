package dev.practice2fa.challenge.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.practice2fa.stack.LocalStack;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/** Publishes the events other services publish, to the real broker of the local stack. */
public final class TestEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    private TestEvents() {
    }

    /** A {@code practice-two-factor-settings} event with the practice's full state. */
    public static RecordMetadata setting(String practiceId, String mode, String preference, long version) {
        ObjectNode event = base("TWO_FACTOR_SETTING_CHANGED")
                .put("practiceId", practiceId)
                .put("practiceName", "Harbour Clinic " + practiceId)
                .put("locale", "en-AU")
                .put("mode", mode)
                .put("methodPreference", preference)
                .put("previousMode", "DISABLED")
                .put("previousMethodPreference", "OPTIONAL")
                .put("version", version)
                .put("changedBy", "u-admin");
        return send("practice-two-factor-settings", practiceId, event);
    }

    /** A {@code practice-memberships} event. */
    public static RecordMetadata membership(String practiceId, String userId, boolean active, long version) {
        ObjectNode event = base(active ? "MEMBERSHIP_CHANGED" : "MEMBERSHIP_REMOVED")
                .put("practiceId", practiceId)
                .put("userId", userId)
                .put("role", "STANDARD")
                .put("active", active)
                .put("email", userId + "@example.com")
                .put("displayName", "Dr " + userId)
                .put("locale", "en-AU")
                .put("version", version);
        return send("practice-memberships", practiceId + ":" + userId, event);
    }

    /** A {@code notification-outcomes} event. */
    public static RecordMetadata outcome(String deliveryId, String challengeId, String channel, String outcome,
            String reason) {
        ObjectNode event = base("NOTIFICATION_OUTCOME")
                .put("deliveryId", deliveryId)
                .put("challengeId", challengeId)
                .put("channel", channel)
                .put("outcome", outcome)
                .put("reason", reason);
        return send("notification-outcomes", deliveryId, event);
    }

    /** Waits until the service's consumer group has committed past {@code record}. */
    public static void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStack.kafkaBootstrapServers()))) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("challenge-service")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }

    private static ObjectNode base(String type) {
        return JSON.createObjectNode()
                .put("eventId", UUID.randomUUID().toString())
                .put("type", type)
                .put("schemaVersion", 1)
                .put("occurredAt", Instant.now().toString());
    }

    private static synchronized RecordMetadata send(String topic, String key, ObjectNode event) {
        try {
            return producer().send(new ProducerRecord<>(topic, key, event.toString())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The test event was not published", e);
        }
    }

    private static KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafkaBootstrapServers());
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }
}
