package dev.practice2fa.notification.mandate;

import dev.practice2fa.notification.directory.Freshness;
import dev.practice2fa.notification.directory.Member;
import dev.practice2fa.notification.directory.MemberDirectory;
import dev.practice2fa.notification.directory.MembershipChanged;
import dev.practice2fa.notification.event.EventReader;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the member directory in step with {@code practice-memberships}, then tells an active
 * member of the mandate their practice has in force, in case the mandate was handled before
 * the member was known. An older version than the one kept changes nothing and tells nobody.
 */
@ApplicationScoped
public class MembershipConsumer {
    private final EventReader reader;
    private final MemberDirectory members;
    private final MandateNotifier notifier;

    public MembershipConsumer(EventReader reader, MemberDirectory members, MandateNotifier notifier) {
        this.reader = reader;
        this.members = members;
        this.notifier = notifier;
    }

    @Incoming("practice-memberships")
    @Blocking(value = "notice-senders", ordered = false)
    public void consume(String payload) {
        MembershipChanged event = reader.read(payload, MembershipChanged.class);
        event.validate();
        Freshness freshness = members.record(Member.from(event));
        Log.debugf("Membership of %s in %s, version %d: %s", event.userId(), event.practiceId(),
                event.version(), freshness);
        if (freshness == Freshness.OLDER) {
            return;
        }

        notifier.tellMember(event.practiceId(), event.userId());
    }
}
