package dev.practice2fa.policy.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes the outbox to Kafka. One pass takes the oldest unpublished events in the order they
 * were written, sends them one at a time, and stops at the first that Kafka does not acknowledge,
 * so that no event overtakes an earlier one of the same practice. Events are marked published,
 * in the pass's own transaction, only once acknowledged; if that transaction is lost, the events
 * are sent again and consumers drop the repeats by {@code eventId}.
 *
 * <p>A pass runs every {@code policy.outbox.poll-interval} and right after each change. Passes
 * never overlap in one instance, and a PostgreSQL advisory lock keeps instances from running
 * theirs at the same time.
 */
@ApplicationScoped
public class OutboxRelay {
    private final Pool database;
    private final OutboxStore store;
    private final KafkaPublisher publisher;
    private final TopicSetup topics;
    private final OutboxConfig config;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean failing;
    private long timer = -1;

    OutboxRelay(Pool database, OutboxStore store, KafkaPublisher publisher, TopicSetup topics,
            OutboxConfig config, Clock clock, MeterRegistry metrics) {
        this.database = database;
        this.store = store;
        this.publisher = publisher;
        this.topics = topics;
        this.config = config;
        this.clock = clock;
        metrics.gauge("policy.outbox.pending", pending);
    }

    void start(@Observes StartupEvent startup, Vertx vertx) {
        timer = vertx.setPeriodic(config.pollInterval().toMillis(), tick -> nudge());
    }

    void stop(@Observes ShutdownEvent shutdown, Vertx vertx) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Asks for a pass: now, or right after the one running, which may have missed the news. */
    public void nudge() {
        wanted.set(true);
        if (running.compareAndSet(false, true)) {
            runPass();
        }
    }

    private void runPass() {
        wanted.set(false);
        pass()
                .onItemOrFailure().call((published, failure) -> countPending())
                .subscribe().with(this::afterPass, this::afterFailedPass);
    }

    /** Counts what waits, for the gauge, after every pass: most of all after a failed one. */
    private Uni<Void> countPending() {
        return database.withConnection(store::countPending)
                .invoke(pending::set)
                .replaceWithVoid()
                .onFailure().recoverWithNull();
    }

    private void afterPass(Integer published) {
        if (failing) {
            failing = false;
            Log.info("Kafka acknowledges again; publishing the outbox");
        }
        if (published == config.batchSize()) {
            wanted.set(true);
        }
        finishPass();
    }

    private void afterFailedPass(Throwable failure) {
        if (!failing) {
            failing = true;
            Log.warnf("The outbox cannot be published now (%s); it is tried again every %d ms",
                    failure.getClass().getSimpleName(), config.pollInterval().toMillis());
        } else {
            Log.debugf("The outbox still cannot be published: %s",
                    failure.getClass().getSimpleName());
        }
        // An outage is retried on the timer rather than at once, which would spin while it lasts.
        wanted.set(false);
        finishPass();
    }

    private void finishPass() {
        running.set(false);
        if (wanted.get() && running.compareAndSet(false, true)) {
            runPass();
        }
    }

    /** One pass: the number of events published, or a failure naming what was out of reach. */
    Uni<Integer> pass() {
        return topics.ensureTopics()
                .chain(() -> database.withTransaction(this::publishPending));
    }

    private Uni<Integer> publishPending(SqlConnection connection) {
        return store.tryLock(connection)
                .chain(locked -> locked
                        ? store.pending(connection, config.batchSize())
                                .chain(messages -> publishInOrder(connection, messages))
                        : Uni.createFrom().item(0));
    }

    private Uni<Integer> publishInOrder(SqlConnection connection, List<PendingMessage> messages) {
        List<Long> acknowledged = new ArrayList<>();
        Instant now = Instant.now(clock);

        return Multi.createFrom().iterable(messages)
                .onItem().transformToUniAndConcatenate(message -> publisher.publish(message)
                        .invoke(() -> acknowledged.add(message.id())))
                .collect().last()
                .onFailure().recoverWithUni(failure -> acknowledged.isEmpty()
                        ? Uni.createFrom().failure(failure)
                        : Uni.createFrom().nullItem())
                .chain(() -> store.markPublished(connection, acknowledged, now))
                .chain(() -> store.deletePublishedBefore(connection, now.minus(config.retention())))
                .map(deleted -> acknowledged.size());
    }
}
