package dev.practice2fa.benchmarks.scenario.totp;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Which time step of each factor the harness has used. The service accepts a step once per
 * factor, and steps T-1, T and T+1 around the current one; the harness hands out only T and
 * T+1, because a code for T-1 reserved now may no longer be accepted when it is sent. A code
 * reserved for T or T+1 stays valid for at least 30 seconds, longer than a step and its
 * preparation take. Enrolments confirm in parallel, so reservations are serialised.
 */
final class TotpStepBook {
    private final Map<String, Long> lastUsed = new HashMap<>();

    /** Reserves the earliest unused step of {@code factor} among the current one and the next. */
    synchronized OptionalLong reserve(String factor, long currentStep) {
        Long last = lastUsed.get(factor);
        long candidate = last == null ? currentStep : Math.max(currentStep, last + 1);
        if (candidate > currentStep + 1) {
            return OptionalLong.empty();
        }
        lastUsed.put(factor, candidate);
        return OptionalLong.of(candidate);
    }
}
