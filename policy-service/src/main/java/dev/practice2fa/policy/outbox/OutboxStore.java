package dev.practice2fa.policy.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The relay's queries on the outbox table, each run on the relay's own transaction. */
@ApplicationScoped
class OutboxStore {
    /**
     * The advisory lock only one relay holds at a time, across every instance of the service, so
     * that two relays never publish the same practice's events side by side and out of order.
     */
    private static final long RELAY_LOCK = 0x706f6c6963792d31L;

    /** True when this transaction now holds the relay lock; released when it ends. */
    Uni<Boolean> tryLock(SqlConnection connection) {
        return connection.preparedQuery("select pg_try_advisory_xact_lock($1)")
                .execute(Tuple.of(RELAY_LOCK))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** The oldest events not yet published, in the order they were written. */
    Uni<List<PendingMessage>> pending(SqlConnection connection, int limit) {
        return connection.preparedQuery("""
                        select id, topic, message_key, payload from outbox_message
                         where published_at is null order by id limit $1""")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<PendingMessage> messages = new ArrayList<>();
                    for (Row row : rows) {
                        messages.add(new PendingMessage(row.getLong("id"), row.getString("topic"),
                                row.getString("message_key"), row.getString("payload")));
                    }
                    return messages;
                });
    }

    Uni<Void> markPublished(SqlConnection connection, List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection
                .preparedQuery("update outbox_message set published_at = $1 where id = any($2)")
                .execute(Tuple.of(utc(now), ids.toArray(Long[]::new)))
                .replaceWithVoid();
    }

    Uni<Long> countPending(SqlConnection connection) {
        return connection.query("select count(*) from outbox_message where published_at is null")
                .execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Deletes a bounded number of events published before {@code cutoff}. */
    Uni<Void> deletePublishedBefore(SqlConnection connection, Instant cutoff) {
        return connection.preparedQuery("""
                        delete from outbox_message where id in (
                            select id from outbox_message where published_at < $1 limit 1000)""")
                .execute(Tuple.of(utc(cutoff)))
                .replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
