package dev.practice2fa.benchmarks;

import java.util.Optional;
import java.util.function.Function;

/**
 * A measurement, or the reason it could not be taken, so that the report says why a number is
 * missing instead of leaving a gap.
 *
 * @param value the measurement, when taken
 * @param missingBecause why it was not taken, when it was not
 */
public record Measured<T>(Optional<T> value, String missingBecause) {
    public static <T> Measured<T> of(T value) {
        return new Measured<>(Optional.of(value), "");
    }

    public static <T> Measured<T> missing(String reason) {
        return new Measured<>(Optional.empty(), reason);
    }

    public boolean taken() {
        return value.isPresent();
    }

    public <R> Measured<R> map(Function<T, R> mapper) {
        return value.map(mapper).map(Measured::of).orElseGet(() -> missing(missingBecause));
    }
}
