package dev.practice2fa.notification.dispatch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often and how patiently a failed send is tried again. */
@ConfigMapping(prefix = "notification.retry")
public interface RetryConfig {
    /** Attempts in all, the first included. */
    @WithDefault("4")
    int attempts();

    /** The wait before the second attempt. */
    @WithDefault("PT1S")
    Duration initialDelay();

    /** Each later wait is the previous one times this factor. */
    @WithDefault("2.0")
    double multiplier();

    /** The longest wait between two attempts. */
    @WithDefault("PT8S")
    Duration maxDelay();
}
