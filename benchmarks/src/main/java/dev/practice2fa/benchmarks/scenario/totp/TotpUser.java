package dev.practice2fa.benchmarks.scenario.totp;

/**
 * A user of this run with an active authenticator factor.
 *
 * @param userId the user
 * @param secret the factor's shared secret, as the phone holds it
 */
record TotpUser(String userId, byte[] secret) {
}
