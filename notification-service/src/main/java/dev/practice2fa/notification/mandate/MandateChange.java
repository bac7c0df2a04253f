package dev.practice2fa.notification.mandate;

import java.util.Objects;
import java.util.Optional;

/**
 * A change members must hear of: the practice made two-factor authentication mandatory, or,
 * while it is mandatory, changed the method members must use. Every other change (optional
 * modes, renames, registration) tells nobody.
 */
public enum MandateChange {
    /** Two-factor authentication became mandatory. */
    NOW_MANDATORY,
    /** It stayed mandatory with another method. */
    METHOD_CHANGED;

    static final String MANDATORY = "ENABLED_MANDATORY";

    public static Optional<MandateChange> of(PracticeSettingsChanged event) {
        if (!MANDATORY.equals(event.mode())) {
            return Optional.empty();
        }
        if (!MANDATORY.equals(event.previousMode())) {
            return Optional.of(NOW_MANDATORY);
        }
        if (!Objects.equals(event.previousMethodPreference(), event.methodPreference())) {
            return Optional.of(METHOD_CHANGED);
        }
        return Optional.empty();
    }
}
