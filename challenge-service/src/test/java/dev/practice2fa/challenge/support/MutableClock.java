package dev.practice2fa.challenge.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: real time by default, moved forward or frozen by a test so that
 * expiry, resend intervals and time steps are tested without waiting.
 */
@Singleton
public class MutableClock extends Clock {
    private volatile Instant frozen;
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        Instant stopped = frozen;
        return stopped != null ? stopped : Instant.now().plus(offset);
    }

    public void freezeAt(Instant instant) {
        frozen = instant;
    }

    public void advance(Duration step) {
        if (frozen != null) {
            frozen = frozen.plus(step);
        } else {
            offset = offset.plus(step);
        }
    }

    /** Back to real time; every test that moves the clock calls this when it ends. */
    public void reset() {
        frozen = null;
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
