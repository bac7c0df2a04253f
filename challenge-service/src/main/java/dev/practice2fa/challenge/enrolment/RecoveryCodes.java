package dev.practice2fa.challenge.enrolment;

import dev.practice2fa.challenge.code.CodeHasher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ten single-use recovery codes per user, replaced as a set. A code is ten characters from an
 * alphabet without look-alikes (about 50 bits), shown as two groups of five.
 */
@ApplicationScoped
public class RecoveryCodes {
    /** How many codes a set has. */
    public static final int SET_SIZE = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final Pattern SHAPE = Pattern.compile("^[" + ALPHABET + "]{10}$");

    private final SecureRandom random = new SecureRandom();
    private final CodeHasher hasher;
    private final Clock clock;

    public RecoveryCodes(CodeHasher hasher, Clock clock) {
        this.hasher = hasher;
        this.clock = clock;
    }

    /** The code as typed, without spaces, hyphens or case; null when it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null || typed.length() > 32) {
            return null;
        }
        String clean = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return SHAPE.matcher(clean).matches() ? clean : null;
    }

    public String hash(String userId, String normalisedCode) {
        return hasher.hash("recovery:" + userId, normalisedCode);
    }

    /** Replaces the user's set with a new one, in the caller's transaction; returns the codes. */
    public Uni<List<String>> replaceSet(String userId) {
        List<String> codes = new ArrayList<>();
        List<RecoveryCode> rows = new ArrayList<>();
        for (int i = 0; i < SET_SIZE; i++) {
            String code = newCode();
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
            rows.add(row(userId, code));
        }

        return RecoveryCode.deleteOf(userId)
                .chain(() -> RecoveryCode.persist(rows))
                .replaceWith(codes);
    }

    private RecoveryCode row(String userId, String code) {
        RecoveryCode row = new RecoveryCode();
        row.id = UUID.randomUUID();
        row.userId = userId;
        row.codeHash = hash(userId, code);
        row.createdAt = clock.instant();
        return row;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
