package dev.practice2fa.benchmarks.scenario.events;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Watches {@code practice-two-factor-settings} for this run's practices and tells when the
 * event of a given practice version was seen. Field names follow the event documented beside
 * the policy service; this class is the one place to adjust them.
 */
public final class SettingsEventTap implements AutoCloseable {
    static final String TOPIC = "practice-two-factor-settings";

    private final String practicePrefix;
    private final Rendezvous<String, Long> seen = new Rendezvous<>();
    private TopicTap tap;

    private SettingsEventTap(String practicePrefix) {
        this.practicePrefix = practicePrefix;
    }

    public static SettingsEventTap start(String bootstrapServers, String practicePrefix, Duration timeout) {
        SettingsEventTap settings = new SettingsEventTap(practicePrefix);
        settings.tap = TopicTap.start(bootstrapServers, TOPIC,
                (record, seenAt) -> settings.accept(record.value(), seenAt), timeout);
        return settings;
    }

    /** A tap that reads nothing by itself; records are handed to {@link #accept}. */
    static SettingsEventTap unstarted(String practicePrefix) {
        return new SettingsEventTap(practicePrefix);
    }

    /** Completes with the {@link System#nanoTime()} at which that version's event was seen. */
    public CompletionStage<Long> seen(String practiceId, long version) {
        return seen.expect(key(practiceId, version));
    }

    void accept(String value, long seenAtNanos) {
        JsonObject event = new JsonObject(value);
        String practiceId = event.getString("practiceId");
        Long version = event.getLong("version");
        if (practiceId != null && version != null && practiceId.startsWith(practicePrefix)) {
            seen.arrive(key(practiceId, version), seenAtNanos);
        }
    }

    private static String key(String practiceId, long version) {
        return practiceId + "#" + version;
    }

    @Override
    public void close() {
        if (tap != null) {
            tap.close();
        }
    }
}
