package dev.practice2fa.notification.support;

import static org.awaitility.Awaitility.await;

import dev.practice2fa.stack.LocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The records a topic receives from the moment this tail is opened: it starts at the end of
 * every partition and keeps what it reads, so a test sees only what happened during it.
 */
public final class TopicTail implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicTail(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Kafka.ensureTopic(topic);
        consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Waits for the first record, old or new, that matches. */
    public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> matching) {
        return await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> poll(matching), Optional::isPresent)
                .orElseThrow();
    }

    /** Every record read so far that matches. */
    public List<ConsumerRecord<String, String>> seen(Predicate<ConsumerRecord<String, String>> matching) {
        poll(matching);
        return seen.stream().filter(matching).toList();
    }

    private Optional<ConsumerRecord<String, String>> poll(Predicate<ConsumerRecord<String, String>> matching) {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return seen.stream().filter(matching).findFirst();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
