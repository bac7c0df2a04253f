package dev.practice2fa.challenge.practice;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The service's own copy of settings and memberships. Writes are upserts that change a row only
 * when the event's version is newer, so redelivered and late events change nothing.
 */
@ApplicationScoped
public class PracticeView {
    private static final String UPSERT_SETTING = """
            insert into practice_setting (practice_id, practice_name, locale, mode, method_preference,
                version, updated_at)
            values (:practiceId, :practiceName, :locale, :mode, :methodPreference, :version, :updatedAt)
            on conflict (practice_id) do update set practice_name = excluded.practice_name,
                locale = excluded.locale, mode = excluded.mode,
                method_preference = excluded.method_preference, version = excluded.version,
                updated_at = excluded.updated_at
            where practice_setting.version < excluded.version
            """;

    private static final String UPSERT_MEMBERSHIP = """
            insert into membership (practice_id, user_id, role, active, email, display_name, locale,
                version, updated_at)
            values (:practiceId, :userId, :role, :active, :email, :displayName, :locale, :version,
                :updatedAt)
            on conflict (practice_id, user_id) do update set role = excluded.role,
                active = excluded.active, email = excluded.email,
                display_name = excluded.display_name, locale = excluded.locale,
                version = excluded.version, updated_at = excluded.updated_at
            where membership.version < excluded.version
            """;

    /** Applies a setting event; true when it was newer than what the view held. */
    public Uni<Boolean> apply(SettingEvent event) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT_SETTING)
                        .setParameter("practiceId", event.practiceId())
                        .setParameter("practiceName", event.practiceName())
                        .setParameter("locale", event.locale())
                        .setParameter("mode", event.mode())
                        .setParameter("methodPreference", event.methodPreference())
                        .setParameter("version", event.version())
                        .setParameter("updatedAt", Instant.now())
                        .executeUpdate()))
                .map(rows -> rows > 0);
    }

    /** Applies a membership event; true when it was newer than what the view held. */
    public Uni<Boolean> apply(MembershipEvent event) {
        boolean active = Boolean.TRUE.equals(event.active()) && !"MEMBERSHIP_REMOVED".equals(event.type());

        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT_MEMBERSHIP)
                        .setParameter("practiceId", event.practiceId())
                        .setParameter("userId", event.userId())
                        .setParameter("role", event.role())
                        .setParameter("active", active)
                        .setParameter("email", event.email())
                        .setParameter("displayName", event.displayName())
                        .setParameter("locale", event.locale())
                        .setParameter("version", event.version())
                        .setParameter("updatedAt", Instant.now())
                        .executeUpdate()))
                .map(rows -> rows > 0);
    }

    public Uni<PracticeSetting> setting(String practiceId) {
        return PracticeSetting.findById(practiceId);
    }

    public Uni<List<PracticeSetting>> settings(List<String> practiceIds) {
        if (practiceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return PracticeSetting.list("practiceId in ?1", practiceIds);
    }

    /** The user's active memberships, by practice id. */
    public Uni<List<Membership>> activeMemberships(String userId) {
        return Membership.list("userId = ?1 and active = true order by practiceId", userId);
    }
}
