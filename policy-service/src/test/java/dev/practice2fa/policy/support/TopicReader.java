package dev.practice2fa.policy.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.practice2fa.stack.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the local Kafka from its beginning with a consumer group of its own, and
 * keeps the events of one key, each once (a relay may repeat an event after a failure, and
 * consumers drop repeats by eventId).
 */
public final class TopicReader implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, JsonNode> events = new LinkedHashMap<>();
    private final String key;

    public TopicReader(String topic, String key) {
        this.key = key;
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafkaBootstrapServers());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "policy-tests-" + UUID.randomUUID());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until at least {@code count} events of the key have arrived; returns all so far, in order. */
    public List<JsonNode> awaitEvents(int count) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> poll().size() >= count);
        return List.copyOf(events.values());
    }

    /** Reads what has arrived within {@code quietPeriod}; for checking that nothing more came. */
    public List<JsonNode> eventsAfter(Duration quietPeriod) {
        long deadline = System.nanoTime() + quietPeriod.toNanos();
        while (System.nanoTime() < deadline) {
            poll();
        }
        return List.copyOf(events.values());
    }

    private List<JsonNode> poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            if (key.equals(record.key())) {
                JsonNode event = parse(record.value());
                events.putIfAbsent(event.path("eventId").asText(), event);
            }
        }
        return new ArrayList<>(events.values());
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
