package dev.practice2fa.notification.mandate;

import dev.practice2fa.notification.dispatch.NoticeConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/**
 * The mandate a practice has in force while it is recent enough to tell members of. An older
 * one tells nobody, so that reading old history again (a new consumer group, a reset offset)
 * emails no one, and a member who joins a practice mandatory for long meets the rule at sign-in.
 */
@ApplicationScoped
public class FreshMandates {
    private final MandateRegister register;
    private final NoticeConfig config;
    private final Clock clock;

    public FreshMandates(MandateRegister register, NoticeConfig config, Clock clock) {
        this.register = register;
        this.config = config;
        this.clock = clock;
    }

    public Optional<Mandate> of(String practiceId) {
        return register.inForce(practiceId)
                .filter(this::recent);
    }

    private boolean recent(Mandate mandate) {
        boolean recent = mandate.since().isAfter(clock.instant().minus(config.maxAge()));
        if (!recent) {
            Log.debugf("Version %d of practice %s is older than %s: its mandate tells nobody",
                    mandate.version(), mandate.practiceId(), config.maxAge());
        }
        return recent;
    }
}
