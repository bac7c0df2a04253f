package dev.practice2fa.policy.events;

import java.util.List;

/** The topics this service writes; both are compacted, so the last event per key is the state. */
public final class Topics {
    /** Key: practice id. One event per change of a practice, carrying its whole current state. */
    public static final String PRACTICE_SETTINGS = "practice-two-factor-settings";

    /** Key: practice id, ':' and user id. Internal: it carries members' contact details. */
    public static final String PRACTICE_MEMBERSHIPS = "practice-memberships";

    /** Every topic this service creates and keeps compacted. */
    public static final List<String> COMPACTED = List.of(PRACTICE_SETTINGS, PRACTICE_MEMBERSHIPS);

    private Topics() {
    }

    /** The key of a membership event: practice id and user id, which ids never contain ':'. */
    public static String membershipKey(String practiceId, String userId) {
        return practiceId + ":" + userId;
    }
}
