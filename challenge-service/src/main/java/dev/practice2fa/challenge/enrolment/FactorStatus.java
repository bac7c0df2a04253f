package dev.practice2fa.challenge.enrolment;

/** A factor counts only once it is active: proven by a first valid code. */
public enum FactorStatus {
    PENDING, ACTIVE
}
