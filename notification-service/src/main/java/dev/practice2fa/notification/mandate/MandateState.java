package dev.practice2fa.notification.mandate;

import java.util.Optional;

/**
 * What this service keeps of a practice at one of its versions to tell members of its mandate:
 * the mandate in force, or none while two-factor authentication is not mandatory.
 */
public record MandateState(String practiceId, long version, Mandate mandate) {

    /**
     * The state after an event. A change that leaves the mandate in force (a rename) carries it
     * over, so that members who join afterwards are told of the version that started it; it is
     * carried only while its method is still the one in force.
     */
    static MandateState after(PracticeSettingsChanged event, Optional<MandateState> before) {
        Mandate inForce = Mandate.startedBy(event)
                .or(() -> carriedOver(event, before))
                .orElse(null);
        return new MandateState(event.practiceId(), event.version(), inForce);
    }

    private static Optional<Mandate> carriedOver(PracticeSettingsChanged event,
            Optional<MandateState> before) {
        if (!MandateChange.MANDATORY.equals(event.mode())) {
            return Optional.empty();
        }
        return before
                .map(MandateState::mandate)
                .filter(mandate -> mandate.methodPreference().equals(event.methodPreference()))
                .map(mandate -> mandate.renamedBy(event));
    }
}
