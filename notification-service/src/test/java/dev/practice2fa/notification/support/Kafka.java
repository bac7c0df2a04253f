package dev.practice2fa.notification.support;

import static org.awaitility.Awaitility.await;

import dev.practice2fa.stack.LocalStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

/** The stack's Kafka as a test talks to it: publishing as the producers do, and reading lag. */
public final class Kafka {
    private static final int PARTITIONS = 3;
    private static KafkaProducer<String, String> producer;

    private Kafka() {
    }

    public static RecordMetadata publish(String topic, String key, String json) {
        try {
            return producer().send(new ProducerRecord<>(topic, key, json)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /** The partition the default partitioner gives a key, so a test can put two keys side by side. */
    public static int partitionOf(String topic, String key) {
        int partitions = producer().partitionsFor(topic).size();
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** Creates a topic as its producer would (three partitions), unless it exists. */
    public static void ensureTopic(String topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", LocalStack.kafkaBootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create " + topic, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating " + topic, e);
        }
    }

    /** How many records of the topic the consumer group has not committed yet. */
    public static long lag(String group, String topic) {
        int partitions = producer().partitionsFor(topic).size();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", LocalStack.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, partitions)
                    .boxed()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .mapToLong(end -> end.getValue().offset() - offset(committed.get(end.getKey())))
                    .sum();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("The lag of " + group + " could not be read", e);
        }
    }

    /**
     * Waits until the consumer group has committed every record of these topics, so that what
     * they were going to send has been sent. Offsets are committed every few seconds.
     */
    public static void awaitCaughtUp(String group, String... topics) {
        await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> Arrays.stream(topics).allMatch(topic -> lag(group, topic) == 0));
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.kafkaBootstrapServers());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    private static long offset(OffsetAndMetadata committed) {
        return committed == null ? 0 : committed.offset();
    }
}
