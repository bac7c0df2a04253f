package dev.practice2fa.challenge.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@link PracticeView} up to date from the policy service's compacted topics. A fixed
 * consumer group reading from the earliest offset rebuilds the view on a fresh start. When the
 * database is out of reach the event is retried, never skipped, so no change is lost.
 */
@ApplicationScoped
public class PracticeEventConsumer {
    private static final Set<String> MODES = Set.of("ENABLED_OPTIONAL", "ENABLED_MANDATORY", "DISABLED");
    private static final Set<String> PREFERENCES = Set.of("OPTIONAL", "SMS", "EMAIL", "AUTHENTICATOR");

    private final ObjectMapper json;
    private final PracticeView view;

    public PracticeEventConsumer(ObjectMapper json, PracticeView view) {
        this.json = json;
        this.view = view;
    }

    @Incoming("practice-two-factor-settings")
    public Uni<Void> onSetting(String payload) {
        SettingEvent event = read(payload, SettingEvent.class);
        if (event == null || !isValid(event)) {
            Log.warn("Ignored a practice setting event that does not follow the contract");
            return Uni.createFrom().voidItem();
        }

        return retried(view.apply(event))
                .invoke(changed -> Log.debugf("Setting of practice %s version %d applied: %s",
                        event.practiceId(), event.version(), changed))
                .replaceWithVoid();
    }

    @Incoming("practice-memberships")
    public Uni<Void> onMembership(String payload) {
        MembershipEvent event = read(payload, MembershipEvent.class);
        if (event == null || !isValid(event)) {
            Log.warn("Ignored a membership event that does not follow the contract");
            return Uni.createFrom().voidItem();
        }

        return retried(view.apply(event))
                .invoke(changed -> Log.debugf("Membership %s:%s version %d applied: %s",
                        event.practiceId(), event.userId(), event.version(), changed))
                .replaceWithVoid();
    }

    private static boolean isValid(SettingEvent event) {
        return Ids.isValid(event.practiceId()) && event.version() != null && event.version() > 0
                && MODES.contains(event.mode()) && PREFERENCES.contains(event.methodPreference());
    }

    private static boolean isValid(MembershipEvent event) {
        return Ids.isValid(event.practiceId()) && Ids.isValid(event.userId())
                && event.version() != null && event.version() > 0;
    }

    private static <T> Uni<T> retried(Uni<T> write) {
        return write.onFailure()
                .invoke(failure -> Log.warnf("Practice view not updated, retrying: %s",
                        failure.getClass().getSimpleName()))
                .onFailure().retry()
                .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(30))
                .indefinitely();
    }

    private <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
