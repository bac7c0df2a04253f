package dev.practice2fa.notification.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the send ledger remembers a message, and how instances tell each other apart. */
@ConfigMapping(prefix = "notification.ledger")
public interface LedgerConfig {
    /** How long a claimed or settled message is remembered: longer than any topic redelivers it. */
    @WithDefault("P7D")
    Duration retention();

    /** How often a running instance proves it is alive to the others. */
    @WithDefault("PT5S")
    Duration heartbeatInterval();

    /** How often a duplicate checks again on a message another live instance is sending. */
    @WithDefault("PT0.5S")
    Duration heldClaimPollInterval();

    /** How long a duplicate waits on a live instance before leaving the message to it. */
    @WithDefault("PT2M")
    Duration heldClaimMaxWait();
}
