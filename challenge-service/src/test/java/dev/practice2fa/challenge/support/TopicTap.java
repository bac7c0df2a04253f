package dev.practice2fa.challenge.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.practice2fa.stack.LocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads what the service publishes to one topic of the real broker, from the moment the tap is
 * opened, so that tests can find their own events among everything else.
 */
public final class TopicTap {
    private static final Map<String, TopicTap> TAPS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** One record: its key and its JSON value. */
    public record Received(String key, JsonNode value) {
    }

    private TopicTap(String topic) {
        KafkaConsumer<String, String> consumer = open(topic);
        Thread reader = new Thread(() -> read(consumer), "tap-" + topic);
        reader.setDaemon(true);
        reader.start();
    }

    public static TopicTap of(String topic) {
        return TAPS.computeIfAbsent(topic, TopicTap::new);
    }

    /** Waits up to 30 seconds for the first record that matches and returns it. */
    public Received await(Predicate<Received> match) {
        return await(Duration.ofSeconds(30), match);
    }

    public Received await(Duration timeout, Predicate<Received> match) {
        return Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> received.stream().filter(match).findFirst().orElse(null),
                        found -> found != null);
    }

    /** Every record received so far that matches. */
    public List<Received> all(Predicate<Received> match) {
        return new ArrayList<>(received.stream().filter(match).toList());
    }

    private static KafkaConsumer<String, String> open(String topic) {
        createIfMissing(topic);
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static void createIfMissing(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStack.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("The topic " + topic + " could not be created", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read(KafkaConsumer<String, String> consumer) {
        while (true) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                try {
                    received.add(new Received(record.key(), JSON.readTree(record.value())));
                } catch (Exception e) {
                    received.add(new Received(record.key(), JSON.createObjectNode()));
                }
            }
        }
    }
}
