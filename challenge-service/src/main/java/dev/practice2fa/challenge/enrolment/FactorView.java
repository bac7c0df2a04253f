package dev.practice2fa.challenge.enrolment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.practice2fa.challenge.decision.Method;
import java.time.Instant;

/** A factor as its owner sees it: the destination masked, no secret. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactorView(String factorId, Method type, FactorStatus status, String destination,
        Instant createdAt, Instant activatedAt) {

    public static FactorView of(Factor factor) {
        return new FactorView(factor.id.toString(), factor.type, factor.status,
                Masking.destination(factor.destination), factor.createdAt, factor.activatedAt);
    }
}
