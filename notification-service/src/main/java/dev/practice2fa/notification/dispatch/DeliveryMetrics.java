package dev.practice2fa.notification.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Counters of messages by channel: {@code notification.messages.sent}, {@code .failed} (gave
 * up), {@code .retried} (one per extra attempt), {@code .dead.lettered}, {@code .expired} and
 * {@code .duplicates} (redeliveries that sent nothing).
 */
@Startup
@ApplicationScoped
public class DeliveryMetrics {
    /** The channel tag of dead letters that never named a channel. */
    public static final String NO_CHANNEL = "none";

    private static final List<String> NAMES = List.of("notification.messages.sent",
            "notification.messages.failed", "notification.messages.retried",
            "notification.messages.dead.lettered", "notification.messages.expired",
            "notification.messages.duplicates");

    private final MeterRegistry registry;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Registered at zero, so that a rate or an alert has a series before the first message.
        for (String name : NAMES) {
            for (DeliveryChannel channel : DeliveryChannel.values()) {
                registry.counter(name, "channel", channel.tag());
            }
        }
    }

    public void sent(DeliveryChannel channel) {
        count("notification.messages.sent", channel.tag());
    }

    public void failed(DeliveryChannel channel) {
        count("notification.messages.failed", channel.tag());
    }

    public void retried(DeliveryChannel channel) {
        count("notification.messages.retried", channel.tag());
    }

    public void deadLettered(String channelTag) {
        count("notification.messages.dead.lettered", channelTag);
    }

    public void expired(DeliveryChannel channel) {
        count("notification.messages.expired", channel.tag());
    }

    public void duplicate(DeliveryChannel channel) {
        count("notification.messages.duplicates", channel.tag());
    }

    private void count(String name, String channel) {
        registry.counter(name, "channel", channel).increment();
    }
}
