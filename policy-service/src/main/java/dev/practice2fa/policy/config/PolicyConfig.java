package dev.practice2fa.policy.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings, under {@code policy.*}. */
@ConfigMapping(prefix = "policy")
public interface PolicyConfig {
    /** The BCP 47 locale of a practice registered without one. */
    @WithDefault("en-AU")
    String defaultLocale();

    /** How many history entries one page holds when the caller does not say. */
    @WithDefault("20")
    int historyPageSize();
}
