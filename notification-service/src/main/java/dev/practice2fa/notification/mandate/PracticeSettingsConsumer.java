package dev.practice2fa.notification.mandate;

import dev.practice2fa.notification.directory.Freshness;
import dev.practice2fa.notification.directory.PracticeDirectory;
import dev.practice2fa.notification.event.EventReader;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each practice's name, setting and mandate in force from
 * {@code practice-two-factor-settings}, then tells the members known so far of that mandate
 * (members who become known later are told as their membership arrives). An older version than
 * the one kept changes nothing and tells nobody; the same version again tells whoever a first
 * pass missed, for instance after a crash halfway down the list.
 */
@ApplicationScoped
public class PracticeSettingsConsumer {
    private final EventReader reader;
    private final PracticeDirectory practices;
    private final MandateRegister mandates;
    private final MandateNotifier notifier;

    public PracticeSettingsConsumer(EventReader reader, PracticeDirectory practices,
            MandateRegister mandates, MandateNotifier notifier) {
        this.reader = reader;
        this.practices = practices;
        this.mandates = mandates;
        this.notifier = notifier;
    }

    @Incoming("practice-two-factor-settings")
    @Blocking(value = "notice-senders", ordered = false)
    public void consume(String payload) {
        PracticeSettingsChanged event = reader.read(payload, PracticeSettingsChanged.class);
        event.validate();
        practices.record(event.practice());
        if (mandates.record(event) == Freshness.OLDER) {
            Log.debugf("Ignored version %d of practice %s: a newer one is kept", event.version(),
                    event.practiceId());
            return;
        }

        notifier.tellMembers(event.practiceId());
    }
}
