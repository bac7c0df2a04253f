package dev.practice2fa.benchmarks.scenario.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SettingsEventTapTests {
    private final SettingsEventTap tap = SettingsEventTap.unstarted("bench-x-");

    @Test
    void tellsWhenTheEventOfAPracticeVersionWasSeenEvenIfSeenBeforeAsked() {
        tap.accept(event("bench-x-settings-p1", 3).encode(), 1_000L);

        assertThat(tap.seen("bench-x-settings-p1", 3).toCompletableFuture()).isCompletedWithValue(1_000L);
    }

    @Test
    void waitsForTheVersionAskedForAndNotAnEarlierOne() {
        CompletableFuture<Long> third = tap.seen("bench-x-settings-p1", 3).toCompletableFuture();

        tap.accept(event("bench-x-settings-p1", 2).encode(), 1_000L);
        assertThat(third).isNotDone();
        tap.accept(event("bench-x-settings-p1", 3).encode(), 2_000L);

        assertThat(third).isCompletedWithValue(2_000L);
    }

    @Test
    void ignoresPracticesOfOtherRuns() {
        tap.accept(event("p-1", 3).encode(), 1_000L);

        assertThat(tap.seen("p-1", 3).toCompletableFuture()).isNotDone();
    }

    private static JsonObject event(String practiceId, long version) {
        return new JsonObject()
                .put("eventId", "e-" + version)
                .put("type", "TWO_FACTOR_SETTING_CHANGED")
                .put("schemaVersion", 1)
                .put("practiceId", practiceId)
                .put("mode", "ENABLED_MANDATORY")
                .put("version", version);
    }
}
