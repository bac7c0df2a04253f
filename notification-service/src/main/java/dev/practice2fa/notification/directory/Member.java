package dev.practice2fa.notification.directory;

/**
 * What this service keeps of a membership: only what it takes to write to the member. A
 * removed member keeps its version (so an older event cannot bring it back) and nothing else.
 */
public record Member(String practiceId, String userId, boolean active, String email, String displayName,
        String locale, long version) {

    public static Member from(MembershipChanged event) {
        if (!event.active()) {
            return new Member(event.practiceId(), event.userId(), false, null, null, null, event.version());
        }
        return new Member(event.practiceId(), event.userId(), true, event.email(), event.displayName(),
                event.locale(), event.version());
    }

    /** Whether an email to this member can be sent now. */
    public boolean reachable() {
        return active && email != null && !email.isBlank();
    }
}
