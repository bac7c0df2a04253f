package dev.practice2fa.walkthrough;

import java.time.Duration;

/** Waiting, as a person waits for a message to arrive or an app to show its next code. */
final class Pause {
    private Pause() {
    }

    static void briefly() {
        sleep(Duration.ofMillis(200));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted");
        }
    }
}
