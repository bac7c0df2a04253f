package dev.practice2fa.notification.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Each practice's name, locale and setting, kept in Redis from {@code practice-two-factor-settings}. */
@ApplicationScoped
public class PracticeDirectory {
    private static final String PRACTICE = "notification:practice:";

    private final VersionedStore store;

    public PracticeDirectory(VersionedStore store) {
        this.store = store;
    }

    public Freshness record(Practice practice) {
        return store.writeIfNewer(PRACTICE + practice.practiceId(), practice, practice.version());
    }

    public Optional<Practice> find(String practiceId) {
        return practiceId == null ? Optional.empty() : store.read(PRACTICE + practiceId, Practice.class);
    }
}
