package dev.practice2fa.notification.mandate;

import dev.practice2fa.notification.directory.Freshness;
import dev.practice2fa.notification.directory.VersionedStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The mandate each practice has in force, kept in Redis from
 * {@code practice-two-factor-settings}, so that a member whose membership arrives after the
 * change is still told of it.
 */
@ApplicationScoped
public class MandateRegister {
    private static final String MANDATE = "notification:mandate:";

    private final VersionedStore store;

    public MandateRegister(VersionedStore store) {
        this.store = store;
    }

    /**
     * Keeps the state the event leaves the practice in. Reading the earlier state and writing
     * the new one are two steps; that is safe because one practice's events are handled one at
     * a time and in order ({@code throttled.ordered=key}), and the write lands only when newer.
     */
    public Freshness record(PracticeSettingsChanged event) {
        MandateState after = MandateState.after(event, state(event.practiceId()));

        return store.writeIfNewer(MANDATE + event.practiceId(), after, after.version());
    }

    public Optional<Mandate> inForce(String practiceId) {
        return state(practiceId)
                .map(MandateState::mandate);
    }

    private Optional<MandateState> state(String practiceId) {
        return store.read(MANDATE + practiceId, MandateState.class);
    }
}
