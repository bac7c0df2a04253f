package dev.practice2fa.policy.access;

import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import dev.practice2fa.policy.membership.Member;
import dev.practice2fa.policy.membership.MemberRole;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets only active members of a practice in. Everyone else, including every caller asking about
 * a practice that does not exist, gets the same 403, so that an outsider cannot tell which
 * practices exist.
 */
@ApplicationScoped
public class MemberAccess {
    /** Succeeds with the membership of an active member, of any role. */
    public Uni<Member> requireMember(String practiceId, String userId) {
        return Member.of(practiceId, userId)
                .onItem().ifNull().failWith(MemberAccess::refused)
                .onItem().invoke(member -> {
                    if (!member.active) {
                        throw refused();
                    }
                });
    }

    /** Succeeds with the membership of an active member with full access. */
    public Uni<Member> requireFullAccess(String practiceId, String userId) {
        return requireMember(practiceId, userId)
                .onItem().invoke(member -> {
                    if (member.role != MemberRole.FULL_ACCESS) {
                        throw refused();
                    }
                });
    }

    private static ApiProblemException refused() {
        return new ApiProblemException(ProblemKind.FORBIDDEN,
                "Only an active member with the required role in this practice may do this.");
    }
}
