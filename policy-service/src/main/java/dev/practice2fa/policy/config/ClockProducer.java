package dev.practice2fa.policy.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The clock every timestamp comes from, so that a test may replace it. It ticks in microseconds,
 * as PostgreSQL stores time: an answer then shows the same instant a later read shows.
 */
public class ClockProducer {
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
