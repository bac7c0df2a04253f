package dev.practice2fa.policy.outbox;

import dev.practice2fa.policy.events.Topics;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Makes sure the topics this service writes exist and are compacted before the first event is
 * published. A topic created earlier by someone else (a consumer's auto-creation, say) with
 * another cleanup policy is switched to compaction, since consumers rebuild state from it.
 */
@ApplicationScoped
class TopicSetup {
    private static final String CLEANUP_POLICY = TopicConfig.CLEANUP_POLICY_CONFIG;
    private static final String COMPACT = TopicConfig.CLEANUP_POLICY_COMPACT;

    private final Map<String, Object> kafka;
    private final OutboxConfig config;
    private volatile boolean ready;

    TopicSetup(@Identifier("default-kafka-broker") Map<String, Object> kafka, OutboxConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    /** Completes at once after the first success; fails while Kafka cannot be reached. */
    Uni<Void> ensureTopics() {
        if (ready) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().<Void>item(() -> {
                    setUp();
                    ready = true;
                    return null;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private void setUp() {
        Admin admin = Admin.create(adminSettings());
        try {
            Set<String> existing = await(admin.listTopics().names());
            for (String topic : Topics.COMPACTED) {
                if (existing.contains(topic)) {
                    compact(admin, topic);
                } else {
                    create(admin, topic);
                }
            }
        } finally {
            admin.close(Duration.ofSeconds(1));
        }
    }

    private void create(Admin admin, String topic) {
        NewTopic newTopic = new NewTopic(topic, partitions(), replicationFactor())
                .configs(Map.of(CLEANUP_POLICY, COMPACT));
        try {
            await(admin.createTopics(List.of(newTopic)).all());
            Log.infof("Created the compacted topic %s", topic);
        } catch (KafkaSetupException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
            compact(admin, topic);
        }
    }

    private void compact(Admin admin, String topic) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config current = await(admin.describeConfigs(List.of(resource)).all()).get(resource);
        ConfigEntry policy = current.get(CLEANUP_POLICY);
        if (policy != null && policy.value().contains(COMPACT)) {
            return;
        }
        Log.warnf("Topic %s is not compacted; switching its cleanup policy to compact", topic);
        AlterConfigOp setCompact = new AlterConfigOp(new ConfigEntry(CLEANUP_POLICY, COMPACT),
                AlterConfigOp.OpType.SET);
        await(admin.incrementalAlterConfigs(Map.of(resource, List.of(setCompact))).all());
    }

    private Map<String, Object> adminSettings() {
        int timeout = Math.toIntExact(config.sendTimeout().toMillis());
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "policy-service-topic-setup");
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        return settings;
    }

    private Optional<Integer> partitions() {
        return config.topicPartitions() > 0
                ? Optional.of(config.topicPartitions()) : Optional.empty();
    }

    private Optional<Short> replicationFactor() {
        return config.topicReplicationFactor() > 0
                ? Optional.of(config.topicReplicationFactor()) : Optional.empty();
    }

    private <T> T await(KafkaFuture<T> result) {
        try {
            return result.get(config.sendTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaSetupException(e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaSetupException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaSetupException(e);
        }
    }

    /** The topics could not be checked or created; the relay tries again on its next pass. */
    static final class KafkaSetupException extends RuntimeException {
        KafkaSetupException(Throwable cause) {
            super("The topics could not be set up", cause);
        }
    }
}
