package dev.practice2fa.policy.events;

/** The schema version every event of this service carries; raised only by a breaking change. */
final class EventSchema {
    static final int VERSION = 1;

    private EventSchema() {
    }
}
