package dev.practice2fa.challenge.challenge;

/** The body of a verification: {@code method} and {@code code}, or a {@code recoveryCode}. */
public record VerificationRequest(String method, String code, String recoveryCode) {
}
