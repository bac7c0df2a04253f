package dev.practice2fa.policy.settings;

import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import dev.practice2fa.policy.access.MemberAccess;
import dev.practice2fa.policy.events.PracticeSettingsEvent;
import dev.practice2fa.policy.events.Topics;
import dev.practice2fa.policy.outbox.Outbox;
import dev.practice2fa.policy.practice.Practice;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads and changes a practice's two-factor setting. A change is written only if the practice
 * is still at the version the change was based on, checked by the database in the update
 * itself: of two changes built on the same version, exactly one is written.
 */
@ApplicationScoped
public class SettingsService {
    private static final String UPDATE_IF_UNCHANGED = """
            update Practice
               set mode = :mode, methodPreference = :preference, version = version + 1,
                   updatedAt = :now, updatedBy = :by
             where id = :id and version = :expected""";

    private final MemberAccess access;
    private final Outbox outbox;
    private final Clock clock;

    SettingsService(MemberAccess access, Outbox outbox, Clock clock) {
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithSession
    public Uni<SettingsView> current(String practiceId, String userId) {
        return access.requireMember(practiceId, userId)
                .chain(member -> Practice.<Practice>findById(practiceId))
                .map(SettingsView::of);
    }

    @WithSession
    public Uni<SettingsHistory> history(String practiceId, String userId, long before, int limit) {
        return access.requireFullAccess(practiceId, userId)
                .chain(member -> SettingChange.<SettingChange>find(
                                "practiceId = ?1 and version < ?2", Sort.descending("version"),
                                practiceId, before)
                        .page(0, limit)
                        .list())
                .map(changes -> new SettingsHistory(practiceId,
                        changes.stream().map(HistoryEntry::of).toList()));
    }

    @WithTransaction
    public Uni<SettingsView> change(String practiceId, String userId, SettingsChange change,
            Optional<Long> basedOn) {
        return access.requireFullAccess(practiceId, userId)
                .invoke(member -> {
                    if (basedOn.isEmpty()) {
                        throw new ApiProblemException(ProblemKind.PRECONDITION_REQUIRED,
                                "Send the version the change is based on, as If-Match or version.");
                    }
                })
                .chain(member -> Practice.<Practice>findById(practiceId))
                .chain(practice -> apply(practice, change, basedOn.get(), userId));
    }

    private Uni<SettingsView> apply(Practice current, SettingsChange change, long basedOn,
            String userId) {
        if (current.version != basedOn) {
            return Uni.createFrom().failure(conflict(basedOn));
        }
        if (current.mode == change.mode()
                && current.methodPreference == change.methodPreference()) {
            return Uni.createFrom().item(SettingsView.of(current));
        }
        Practice next = next(current, change, userId, Instant.now(clock));

        return Practice.update(UPDATE_IF_UNCHANGED, Parameters.with("mode", next.mode)
                        .and("preference", next.methodPreference)
                        .and("now", next.updatedAt)
                        .and("by", userId)
                        .and("id", current.id)
                        .and("expected", basedOn))
                .chain(rows -> rows == 1
                        ? record(current, next)
                        : Uni.createFrom().failure(conflict(basedOn)));
    }

    /** The practice as the change leaves it; a copy, so that the session writes nothing more. */
    private static Practice next(Practice current, SettingsChange change, String userId,
            Instant now) {
        Practice next = new Practice();
        next.id = current.id;
        next.name = current.name;
        next.locale = current.locale;
        next.mode = change.mode();
        next.methodPreference = change.methodPreference();
        next.version = current.version + 1;
        next.createdAt = current.createdAt;
        next.updatedAt = now;
        next.updatedBy = userId;
        return next;
    }

    private Uni<SettingsView> record(Practice before, Practice after) {
        SettingChange change = new SettingChange();
        change.practiceId = after.id;
        change.version = after.version;
        change.changedBy = after.updatedBy;
        change.changedAt = after.updatedAt;
        change.previousMode = before.mode;
        change.previousMethodPreference = before.methodPreference;
        change.mode = after.mode;
        change.methodPreference = after.methodPreference;

        PracticeSettingsEvent event = PracticeSettingsEvent.of(
                PracticeSettingsEvent.Type.TWO_FACTOR_SETTING_CHANGED, after,
                before.mode, before.methodPreference, after.updatedAt);

        return change.persist()
                .chain(() -> outbox.add(Topics.PRACTICE_SETTINGS, after.id, event))
                .invoke(() -> Log.infof("Two-factor setting of practice %s changed from %s/%s "
                                + "to %s/%s by %s (version %d)", after.id, before.mode,
                        before.methodPreference, after.mode, after.methodPreference,
                        after.updatedBy, after.version))
                .replaceWith(SettingsView.of(after));
    }

    private static ApiProblemException conflict(long basedOn) {
        return new ApiProblemException(ProblemKind.CONFLICT, "The setting has changed since "
                + "version " + basedOn + " was read. Read it again and decide on the change anew.");
    }
}
