package dev.practice2fa.policy.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the relay publishes the outbox to Kafka, under {@code policy.outbox.*}. */
@ConfigMapping(prefix = "policy.outbox")
public interface OutboxConfig {
    /** How often the relay looks for events to publish; each change also wakes it at once. */
    @WithDefault("1s")
    Duration pollInterval();

    /** The most events one relay pass publishes. */
    @WithDefault("100")
    int batchSize();

    /** How long one event may take to be acknowledged by Kafka before the pass gives up. */
    @WithDefault("5s")
    Duration sendTimeout();

    /** How long published events stay in the outbox table, for inspection, before deletion. */
    @WithDefault("7d")
    Duration retention();

    /** Partitions of a topic this service creates; -1 takes the broker's num.partitions. */
    @WithDefault("-1")
    int topicPartitions();

    /** Replicas of a topic this service creates; -1 takes the broker's default. */
    @WithDefault("-1")
    short topicReplicationFactor();
}
