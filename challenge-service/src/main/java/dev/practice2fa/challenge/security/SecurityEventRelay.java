package dev.practice2fa.challenge.security;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes recorded security events to Kafka in the order they were recorded, deleting each once
 * the broker has it. A failed send stops the round, so that order holds, and is tried again at
 * the next one. An event may be published twice after a crash; consumers dedupe on eventId.
 */
@ApplicationScoped
public class SecurityEventRelay {
    private static final int BATCH = 100;
    private static final long INTERVAL_MILLIS = 500;

    private final MutinyEmitter<String> emitter;
    private ScheduledExecutorService timer;

    public SecurityEventRelay(@Channel("two-factor-security-events") MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    void onStart(@Observes StartupEvent start) {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "security-event-relay");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::round, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stop) {
        timer.shutdownNow();
    }

    private void round() {
        try {
            VertxContextSupport.subscribeAndAwait(this::drain);
        } catch (Throwable failure) {
            Log.debugf("Security events not relayed this round: %s", failure.getClass().getSimpleName());
        }
    }

    /**
     * Publishes batches until one is not full, and returns how many events it published. One batch
     * a round would cap the events at 200 a second, fewer than verifications arrive under load, so
     * they would wait in PostgreSQL ever longer; a failed send ends the round as before.
     */
    Uni<Integer> drain() {
        return relay()
                .chain(sent -> sent < BATCH
                        ? Uni.createFrom().item(sent)
                        : drain().map(more -> sent + more));
    }

    /**
     * Publishes a batch of pending events and deletes those the broker took; returns how many it
     * published. That count, not the rows deleted, tells whether more may wait: another instance
     * relaying the same rows at the same time may have deleted them first.
     */
    Uni<Integer> relay() {
        return Panache.withSession(() -> PendingSecurityEvent.oldest(BATCH))
                .chain(this::publishInOrder)
                .chain(sent -> sent.isEmpty()
                        ? Uni.createFrom().item(0)
                        : Panache.withTransaction(() -> PendingSecurityEvent.deleteAll(sent))
                                .replaceWith(sent.size()));
    }

    private Uni<List<UUID>> publishInOrder(List<PendingSecurityEvent> pending) {
        List<UUID> sent = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PendingSecurityEvent event : pending) {
            chain = chain.chain(() -> emitter.sendMessage(message(event))
                    .invoke(() -> sent.add(event.id)));
        }

        return chain
                .onFailure().invoke(failure -> Log.warnf("Security events wait for Kafka: %s",
                        failure.getClass().getSimpleName()))
                .onFailure().recoverWithNull()
                .replaceWith(sent);
    }

    private static Message<String> message(PendingSecurityEvent event) {
        return Message.of(event.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.recordKey).build());
    }
}
