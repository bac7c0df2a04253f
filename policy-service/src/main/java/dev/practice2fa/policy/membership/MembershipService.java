package dev.practice2fa.policy.membership;

import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import dev.practice2fa.policy.events.MembershipEvent;
import dev.practice2fa.policy.events.Topics;
import dev.practice2fa.policy.input.EmailAddresses;
import dev.practice2fa.policy.input.LanguageTagValidator;
import dev.practice2fa.policy.outbox.Outbox;
import dev.practice2fa.policy.practice.Practice;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Adds, changes and removes members, each change with its event in the same transaction. Every
 * change locks the practice's row first, so that changes of one practice's memberships happen
 * one after the other and each version is counted once.
 */
@ApplicationScoped
public class MembershipService {
    private final Outbox outbox;
    private final Clock clock;

    MembershipService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<MembershipOutcome> put(String practiceId, String userId, MembershipChange change) {
        return lockPractice(practiceId)
                .chain(practice -> Member.of(practiceId, userId)
                        .chain(member -> member == null
                                ? add(practice, userId, change)
                                : update(member, practice, change)));
    }

    /** Answers false when the member had been removed already, which changes nothing. */
    @WithTransaction
    public Uni<Boolean> remove(String practiceId, String userId) {
        return lockPractice(practiceId)
                .chain(practice -> Member.of(practiceId, userId))
                .onItem().ifNull().failWith(() -> notFound("member-not-found",
                        "This user has never been a member of this practice."))
                .chain(member -> member.active ? deactivate(member) : Uni.createFrom().item(false));
    }

    private Uni<Practice> lockPractice(String practiceId) {
        return Practice.<Practice>findById(practiceId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> notFound("practice-not-found",
                        "Register the practice before managing its members."));
    }

    private static ApiProblemException notFound(String type, String detail) {
        return ApiProblemException.withType(ProblemKind.NOT_FOUND, type, detail);
    }

    private Uni<MembershipOutcome> add(Practice practice, String userId, MembershipChange change) {
        Member member = new Member();
        member.practiceId = practice.id;
        member.userId = userId;
        member.version = 1;
        apply(member, practice, change);

        return member.persist()
                .chain(() -> announce(member, "added"))
                .replaceWith(new MembershipOutcome(MemberView.of(member), true));
    }

    private Uni<MembershipOutcome> update(Member member, Practice practice,
            MembershipChange change) {
        if (member.active && sameAs(member, practice, change)) {
            return Uni.createFrom().item(new MembershipOutcome(MemberView.of(member), false));
        }
        String what = member.active ? "changed" : "added again";
        member.version++;
        apply(member, practice, change);

        return announce(member, what)
                .replaceWith(new MembershipOutcome(MemberView.of(member), false));
    }

    private Uni<Boolean> deactivate(Member member) {
        member.active = false;
        member.version++;
        member.updatedAt = Instant.now(clock);

        return announce(member, "removed").replaceWith(true);
    }

    private void apply(Member member, Practice practice, MembershipChange change) {
        member.role = change.role();
        member.email = change.email();
        member.displayName = change.displayName();
        member.locale = localeOf(practice, change);
        member.active = true;
        member.updatedAt = Instant.now(clock);
    }

    private static boolean sameAs(Member member, Practice practice, MembershipChange change) {
        return member.role == change.role()
                && Objects.equals(member.email, change.email())
                && Objects.equals(member.displayName, change.displayName())
                && Objects.equals(member.locale, localeOf(practice, change));
    }

    private static String localeOf(Practice practice, MembershipChange change) {
        return change.locale() == null
                ? practice.locale : LanguageTagValidator.normalise(change.locale());
    }

    private Uni<Void> announce(Member member, String what) {
        Log.infof("Member %s of practice %s %s as %s (version %d)",
                member.userId, member.practiceId, what, member.role, member.version);
        Log.debugf("Member %s of practice %s is reached at %s",
                member.userId, member.practiceId, EmailAddresses.mask(member.email));
        return outbox.add(Topics.PRACTICE_MEMBERSHIPS,
                Topics.membershipKey(member.practiceId, member.userId),
                MembershipEvent.of(member, Instant.now(clock)));
    }
}
