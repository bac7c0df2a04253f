package dev.practice2fa.notification.security;

import dev.practice2fa.notification.directory.Member;
import dev.practice2fa.notification.directory.MemberDirectory;
import dev.practice2fa.notification.directory.Practice;
import dev.practice2fa.notification.directory.PracticeDirectory;
import dev.practice2fa.notification.dispatch.DeliveryChannel;
import dev.practice2fa.notification.dispatch.DeliveryEngine;
import dev.practice2fa.notification.dispatch.DeliveryJob;
import dev.practice2fa.notification.dispatch.DeliveryMetrics;
import dev.practice2fa.notification.dispatch.DeliveryResult;
import dev.practice2fa.notification.dispatch.NoticeConfig;
import dev.practice2fa.notification.event.DeadLetter;
import dev.practice2fa.notification.event.EventReader;
import dev.practice2fa.notification.ledger.SendLedger;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Emails a user, once per event, when a factor is added or removed, their recovery codes are
 * replaced or one of them is used. The address is the user's account email from the member
 * directory; a user it does not know is skipped.
 */
@ApplicationScoped
public class SecurityEventConsumer {
    private final EventReader reader;
    private final MemberDirectory members;
    private final PracticeDirectory practices;
    private final SecurityMessages messages;
    private final DeliveryEngine engine;
    private final NoticeConfig config;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    public SecurityEventConsumer(EventReader reader, MemberDirectory members, PracticeDirectory practices,
            SecurityMessages messages, DeliveryEngine engine, NoticeConfig config, DeliveryMetrics metrics,
            Clock clock) {
        this.reader = reader;
        this.members = members;
        this.practices = practices;
        this.messages = messages;
        this.engine = engine;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Incoming("two-factor-security-events")
    @Blocking(value = "notice-senders", ordered = false)
    public void consume(String payload) {
        SecurityEvent event = reader.read(payload, SecurityEvent.class);
        event.validate();
        if (!event.notifiesUser() || !recent(event)) {
            return;
        }
        Optional<Member> contact = members.contactFor(event.userId(), event.practiceId());
        if (contact.isEmpty()) {
            Log.debugf("No email address is known for user %s; %s notice %s skipped", event.userId(),
                    event.type(), event.eventId());
            return;
        }
        DeliveryResult result = engine.deliver(job(event, contact.get()));
        if (result instanceof DeliveryResult.Failed failed) {
            metrics.deadLettered(DeliveryChannel.EMAIL.tag());
            throw new DeadLetter(failed.reason());
        }
    }

    private DeliveryJob job(SecurityEvent event, Member contact) {
        String practiceName = practices.find(event.practiceId()).map(Practice::name).orElse(null);
        return new DeliveryJob(SendLedger.key("security", event.eventId()), "security notice",
                UUID.randomUUID(), null, DeliveryChannel.EMAIL, null,
                () -> messages.render(event, contact, practiceName));
    }

    private boolean recent(SecurityEvent event) {
        boolean recent = event.occurredAt().isAfter(clock.instant().minus(config.maxAge()));
        if (!recent) {
            Log.infof("Skipped %s notice %s: older than %s", event.type(), event.eventId(), config.maxAge());
        }
        return recent;
    }
}
