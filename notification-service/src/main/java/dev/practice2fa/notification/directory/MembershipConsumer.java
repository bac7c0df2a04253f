package dev.practice2fa.notification.directory;

import dev.practice2fa.notification.event.EventReader;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the member directory in step with {@code practice-memberships}; sends nothing. */
@ApplicationScoped
public class MembershipConsumer {
    private final EventReader reader;
    private final MemberDirectory members;

    public MembershipConsumer(EventReader reader, MemberDirectory members) {
        this.reader = reader;
        this.members = members;
    }

    @Incoming("practice-memberships")
    @Blocking
    public void consume(String payload) {
        MembershipChanged event = reader.read(payload, MembershipChanged.class);
        event.validate();
        Freshness freshness = members.record(Member.from(event));
        Log.debugf("Membership of %s in %s, version %d: %s", event.userId(), event.practiceId(),
                event.version(), freshness);
    }
}
