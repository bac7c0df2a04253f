package dev.practice2fa.notification.dispatch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits on notices, which unlike codes have no expiry of their own. */
@ConfigMapping(prefix = "notification.notices")
public interface NoticeConfig {
    /**
     * Events older than this tell nobody, so that reading old history again (a new consumer
     * group, a reset offset) does not email every member a second time.
     */
    @WithDefault("P1D")
    Duration maxAge();
}
