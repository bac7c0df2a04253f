package dev.practice2fa.policy.events;

import dev.practice2fa.policy.input.EmailAddresses;
import dev.practice2fa.policy.membership.Member;
import dev.practice2fa.policy.membership.MemberRole;
import java.time.Instant;
import java.util.UUID;

/**
 * An event of {@code practice-memberships}: a membership's whole current state after one
 * change. A removal is {@code active: false} with a new version, never a tombstone, so that a
 * consumer reading the compacted topic late still learns of it. Documented in EVENTS.md.
 */
public record MembershipEvent(
        UUID eventId,
        Type type,
        int schemaVersion,
        Instant occurredAt,
        String practiceId,
        String userId,
        MemberRole role,
        boolean active,
        String email,
        String displayName,
        String locale,
        long version) {

    /** What happened to the membership. */
    public enum Type {
        MEMBERSHIP_CHANGED,
        MEMBERSHIP_REMOVED
    }

    public static MembershipEvent of(Member member, Instant occurredAt) {
        Type type = member.active ? Type.MEMBERSHIP_CHANGED : Type.MEMBERSHIP_REMOVED;
        return new MembershipEvent(UUID.randomUUID(), type, EventSchema.VERSION, occurredAt,
                member.practiceId, member.userId, member.role, member.active, member.email,
                member.displayName, member.locale, member.version);
    }

    /** Masks the address: an event must never reach a log whole. */
    @Override
    public String toString() {
        return "MembershipEvent[" + type + " " + practiceId + "/" + userId + " v" + version
                + ", email " + EmailAddresses.mask(email) + "]";
    }
}
