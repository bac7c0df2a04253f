package dev.practice2fa.challenge.code;

/** What asking for a new code got. */
public sealed interface Issue {
    /** A code was stored; {@code resendsLeft} more may follow. */
    record Issued(int resendsLeft) implements Issue {
    }

    /** Sent too recently; another may be asked for at {@code retryAtMillis}. */
    record TooSoon(long retryAtMillis) implements Issue {
    }

    /** The challenge's resends are used up. */
    record ResendsExhausted() implements Issue {
    }

    /** The user or the destination had its hourly number of codes. */
    record HourlyLimit() implements Issue {
    }

    /** The challenge or enrolment is verified, failed, or gone. */
    record Closed() implements Issue {
    }
}
