package dev.practice2fa.policy.practice;

import dev.practice2fa.policy.config.PolicyConfig;
import dev.practice2fa.policy.events.PracticeSettingsEvent;
import dev.practice2fa.policy.events.Topics;
import dev.practice2fa.policy.input.LanguageTagValidator;
import dev.practice2fa.policy.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Registers and renames practices, each change with its event in the same transaction. */
@ApplicationScoped
public class PracticeService {
    /** Who {@code changedBy} names when the platform made a change. */
    public static final String PLATFORM = "platform";

    /** Inserts a new practice with the default setting, or does nothing when the id is taken. */
    private static final String INSERT_IF_ABSENT = """
            insert into practice (id, name, locale, mode, method_preference, version,
                                  created_at, updated_at, updated_by)
            values (:id, :name, :locale, 'DISABLED', 'OPTIONAL', 1, :now, :now, :by)
            on conflict (id) do nothing""";

    private final Outbox outbox;
    private final Clock clock;
    private final PolicyConfig config;

    PracticeService(Outbox outbox, Clock clock, PolicyConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    @WithTransaction
    public Uni<PracticeOutcome> register(String practiceId, PracticeRegistration registration) {
        String locale = registration.locale() == null
                ? config.defaultLocale() : LanguageTagValidator.normalise(registration.locale());
        Instant now = Instant.now(clock);

        return insertIfAbsent(practiceId, registration.name(), locale, now)
                .chain(created -> created
                        ? announceRegistration(practiceId, now)
                        : rename(practiceId, registration.name(), locale, now));
    }

    /** An insert that cannot collide with a concurrent registration of the same id. */
    private Uni<Boolean> insertIfAbsent(String practiceId, String name, String locale,
            Instant now) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(INSERT_IF_ABSENT)
                        .setParameter("id", practiceId)
                        .setParameter("name", name)
                        .setParameter("locale", locale)
                        .setParameter("now", now)
                        .setParameter("by", PLATFORM)
                        .executeUpdate())
                .map(rows -> rows == 1);
    }

    private Uni<PracticeOutcome> announceRegistration(String practiceId, Instant now) {
        return Practice.<Practice>findById(practiceId)
                .call(practice -> outbox.add(Topics.PRACTICE_SETTINGS, practice.id,
                        PracticeSettingsEvent.unchangedSetting(
                                PracticeSettingsEvent.Type.PRACTICE_REGISTERED, practice, now)))
                .invoke(practice -> Log.infof("Practice %s registered", practice.id))
                .map(practice -> new PracticeOutcome(PracticeView.of(practice), true));
    }

    /** Locks the practice so that its version counts each change exactly once. */
    private Uni<PracticeOutcome> rename(String practiceId, String name, String locale,
            Instant now) {
        return Practice.<Practice>findById(practiceId, LockModeType.PESSIMISTIC_WRITE)
                .chain(practice -> Objects.equals(practice.name, name)
                        && Objects.equals(practice.locale, locale)
                        ? Uni.createFrom().item(practice)
                        : applyRename(practice, name, locale, now))
                .map(practice -> new PracticeOutcome(PracticeView.of(practice), false));
    }

    private Uni<Practice> applyRename(Practice practice, String name, String locale, Instant now) {
        practice.name = name;
        practice.locale = locale;
        practice.version++;
        practice.updatedAt = now;
        practice.updatedBy = PLATFORM;

        return outbox.add(Topics.PRACTICE_SETTINGS, practice.id,
                        PracticeSettingsEvent.unchangedSetting(
                                PracticeSettingsEvent.Type.PRACTICE_UPDATED, practice, now))
                .invoke(() -> Log.infof("Practice %s renamed or relocalised (version %d)",
                        practice.id, practice.version))
                .replaceWith(practice);
    }
}
