package dev.practice2fa.notification.mandate;

import dev.practice2fa.notification.directory.Freshness;
import dev.practice2fa.notification.directory.PracticeDirectory;
import dev.practice2fa.notification.dispatch.DeliveryChannel;
import dev.practice2fa.notification.dispatch.DeliveryMetrics;
import dev.practice2fa.notification.dispatch.NoticeConfig;
import dev.practice2fa.notification.event.DeadLetter;
import dev.practice2fa.notification.event.EventReader;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each practice's name and setting from {@code practice-two-factor-settings}, and tells
 * members when the practice makes two-factor authentication mandatory or changes the mandated
 * method. An older version than the one kept changes nothing and tells nobody.
 */
@ApplicationScoped
public class PracticeSettingsConsumer {
    private final EventReader reader;
    private final PracticeDirectory practices;
    private final MandateNotifier notifier;
    private final NoticeConfig config;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public PracticeSettingsConsumer(EventReader reader, PracticeDirectory practices, MandateNotifier notifier,
            NoticeConfig config, DeliveryMetrics metrics, Clock clock) {
        this.reader = reader;
        this.practices = practices;
        this.notifier = notifier;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Incoming("practice-two-factor-settings")
    @Blocking(value = "notification-senders", ordered = false)
    public void consume(String payload) {
        PracticeSettingsChanged event = reader.read(payload, PracticeSettingsChanged.class);
        event.validate();
        if (practices.record(event.practice()) == Freshness.OLDER) {
            Log.debugf("Ignored version %d of practice %s: a newer one is kept", event.version(),
                    event.practiceId());
            return;
        }
        Optional<MandateChange> change = MandateChange.of(event);
        if (change.isPresent() && recent(event)) {
            tell(event, change.get());
        }
    }

    private void tell(PracticeSettingsChanged event, MandateChange change) {
        List<String> failures = notifier.notifyMembers(event, change);
        if (!failures.isEmpty()) {
            metrics.deadLettered(DeliveryChannel.EMAIL.tag());
            throw new DeadLetter(failures.size() + " member notices failed, first: " + failures.get(0));
        }
    }

    private boolean recent(PracticeSettingsChanged event) {
        boolean recent = event.occurredAt().isAfter(clock.instant().minus(config.maxAge()));
        if (!recent) {
            Log.infof("Told nobody of version %d of practice %s: it is older than %s", event.version(),
                    event.practiceId(), config.maxAge());
        }
        return recent;
    }
}
