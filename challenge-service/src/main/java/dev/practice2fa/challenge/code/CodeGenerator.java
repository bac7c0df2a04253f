package dev.practice2fa.challenge.code;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** Six-digit codes for SMS and email, uniform over 000000 to 999999, leading zeros kept. */
@ApplicationScoped
public class CodeGenerator {
    private static final int BOUND = 1_000_000;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        // nextInt(bound) rejects the biased tail itself, so every code is equally likely.
        return String.format("%06d", random.nextInt(BOUND));
    }
}
