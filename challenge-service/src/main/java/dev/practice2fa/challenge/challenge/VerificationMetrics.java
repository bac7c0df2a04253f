package dev.practice2fa.challenge.challenge;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts verifications by method and outcome ({@code verified}, {@code wrong}), so that an
 * operator sees a wave of wrong codes or a method that stopped working.
 */
@ApplicationScoped
public class VerificationMetrics {
    private final MeterRegistry registry;

    public VerificationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(String method, boolean verified) {
        registry.counter("two_factor_verifications", "method", method,
                "outcome", verified ? "verified" : "wrong").increment();
    }
}
