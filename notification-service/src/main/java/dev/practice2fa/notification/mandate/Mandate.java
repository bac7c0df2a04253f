package dev.practice2fa.notification.mandate;

import java.time.Instant;
import java.util.Optional;

/**
 * The mandate a practice has in force: the change that made two-factor authentication
 * mandatory or last changed the mandated method. Every member hears of it once, under its
 * {@code version}, whether they were a member before the change or joined after it.
 *
 * @param version the practice's version of that change, part of every notice's ledger key
 * @param since when the change happened; members are told only while it is recent
 * @param practiceName the practice's name as last known, for the message
 * @param locale the practice's locale as last known, for members without one
 */
public record Mandate(String practiceId, long version, MandateChange change, String methodPreference,
        Instant since, String practiceName, String locale) {

    /** The mandate this event puts in force; empty unless it is a mandate change. */
    static Optional<Mandate> startedBy(PracticeSettingsChanged event) {
        return MandateChange.of(event)
                .map(change -> new Mandate(event.practiceId(), event.version(), change,
                        event.methodPreference(), event.occurredAt(), event.practiceName(),
                        event.locale()));
    }

    /** The same mandate under the name and locale of a later event that left it in force. */
    Mandate renamedBy(PracticeSettingsChanged event) {
        return new Mandate(practiceId, version, change, methodPreference, since, event.practiceName(),
                event.locale());
    }
}
