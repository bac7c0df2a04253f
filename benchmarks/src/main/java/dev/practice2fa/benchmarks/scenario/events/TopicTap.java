package dev.practice2fa.benchmarks.scenario.events;

import dev.practice2fa.benchmarks.Loopback;
import dev.practice2fa.benchmarks.Progress;
import dev.practice2fa.benchmarks.scenario.ScenarioUnavailable;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every partition of one topic from its end onwards, on a thread of its own, and hands
 * each record to a handler with the moment it was seen. It joins no consumer group and commits
 * nothing, so it takes no partition from the services' own consumers, and it never creates a
 * topic: a topic keeps the configuration its producing service gives it.
 */
public final class TopicTap implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(100);

    /** Receives one record and the {@link System#nanoTime()} at which the poll returned it. */
    @FunctionalInterface
    public interface Handler {
        void accept(ConsumerRecord<String, String> record, long seenAtNanos);
    }

    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    private TopicTap(KafkaConsumer<String, String> consumer, String topic, Handler handler) {
        this.consumer = consumer;
        this.thread = new Thread(() -> loop(handler), "tap-" + topic);
        this.thread.setDaemon(true);
    }

    /** Starts reading {@code topic} from its current end; returns once the end is fixed. */
    public static TopicTap start(String bootstrapServers, String topic, Handler handler, Duration timeout) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(bootstrapServers, topic));
        List<TopicPartition> partitions = partitionsOf(consumer, topic, timeout);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(partition -> consumer.position(partition, timeout));
        TopicTap tap = new TopicTap(consumer, topic, handler);
        tap.thread.start();
        return tap;
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, String> consumer, String topic,
            Duration timeout) {
        List<PartitionInfo> partitions;
        try {
            partitions = consumer.partitionsFor(topic, timeout);
        } catch (RuntimeException e) {
            consumer.close();
            throw new ScenarioUnavailable("Kafka could not be asked about topic " + topic + ": "
                    + e.getMessage(), e);
        }
        if (partitions == null || partitions.isEmpty()) {
            consumer.close();
            throw new ScenarioUnavailable("the topic " + topic + " does not exist yet");
        }
        return partitions.stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }

    private void loop(Handler handler) {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    handle(handler, record, System.nanoTime());
                }
            }
        } catch (WakeupException e) {
            // close() woke the poll to end the loop.
        } finally {
            consumer.close();
        }
    }

    private static void handle(Handler handler, ConsumerRecord<String, String> record, long seenAt) {
        try {
            handler.accept(record, seenAt);
        } catch (RuntimeException e) {
            Progress.say("ignored a record of %s at offset %d: %s", record.topic(), record.offset(),
                    e.getMessage());
        }
    }

    private static Properties properties(String bootstrapServers, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Loopback.requireServers(bootstrapServers));
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "benchmarks-" + topic);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
