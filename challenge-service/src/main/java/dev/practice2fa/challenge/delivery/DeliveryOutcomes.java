package dev.practice2fa.challenge.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.practice2fa.challenge.code.RedisKeys;
import dev.practice2fa.challenge.store.RedisScripts;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Learns from the notification service whether each code arrived, so that a client can see an
 * SMS fail and choose another allowed method. Applying an outcome twice changes nothing.
 */
@ApplicationScoped
public class DeliveryOutcomes {
    private static final Set<String> OUTCOMES = Set.of("DELIVERED", "FAILED", "EXPIRED");

    private final RedisScripts redis;
    private final ObjectMapper json;

    public DeliveryOutcomes(RedisScripts redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /** Where the scope of a delivery is noted while the delivery can still matter. */
    static String scopeOf(String deliveryId) {
        return "c2fa:delivery:" + deliveryId + ":scope";
    }

    @Incoming("notification-outcomes")
    public Uni<Void> onOutcome(String payload) {
        OutcomeEvent event = read(payload);
        if (event == null || event.deliveryId() == null || !OUTCOMES.contains(event.outcome())) {
            return Uni.createFrom().voidItem();
        }

        return redis.command("GET", scopeOf(event.deliveryId()))
                .chain(scope -> scope == null ? Uni.createFrom().voidItem() : apply(scope.toString(), event))
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).atMost(20)
                .onFailure().invoke(failure -> Log.warnf("Outcome of delivery %s not recorded: %s",
                        event.deliveryId(), failure.getClass().getSimpleName()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** The deliveries of a scope, oldest first. */
    public Uni<List<DeliveryRecord>> of(String scope) {
        return redis.command("HVALS", RedisKeys.deliveries(scope))
                .map(this::records);
    }

    private Uni<Void> apply(String scope, OutcomeEvent event) {
        return redis.command("HGET", RedisKeys.deliveries(scope), event.deliveryId())
                .chain(stored -> {
                    if (stored == null) {
                        return Uni.createFrom().voidItem();
                    }
                    DeliveryRecord updated = readRecord(stored.toString())
                            .withOutcome(event.outcome(), event.reason());
                    Log.debugf("Delivery %s: %s", event.deliveryId(), event.outcome());
                    return redis.command("HSET", RedisKeys.deliveries(scope), event.deliveryId(),
                                    write(updated))
                            .replaceWithVoid();
                });
    }

    private List<DeliveryRecord> records(Response reply) {
        List<DeliveryRecord> records = new ArrayList<>();
        if (reply != null) {
            for (Response entry : reply) {
                records.add(readRecord(entry.toString()));
            }
        }
        records.sort(Comparator.comparing(DeliveryRecord::requestedAt));
        return records;
    }

    private OutcomeEvent read(String payload) {
        try {
            return json.readValue(payload, OutcomeEvent.class);
        } catch (JsonProcessingException e) {
            Log.warn("Ignored a notification outcome that does not follow the contract");
            return null;
        }
    }

    private DeliveryRecord readRecord(String text) {
        try {
            return json.readValue(text, DeliveryRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored delivery could not be read", e);
        }
    }

    private String write(DeliveryRecord record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A delivery could not be written", e);
        }
    }
}
