package dev.practice2fa.notification.ledger;

import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.UUID;

/**
 * Tells whether the instance that claimed a message still runs. Each instance writes a short
 * lived heartbeat to Redis; a claim whose owner's heartbeat has gone was left by a crash, and
 * its message is reported as interrupted instead of being sent a second time.
 */
@ApplicationScoped
public class InstanceLiveness {
    private static final String PREFIX = "notification:instance:";
    private static final int BEATS_BEFORE_DEATH = 3;

    private final String id = UUID.randomUUID().toString();
    private final ReactiveRedisDataSource reactiveRedis;
    private final RedisDataSource redis;
    private final Vertx vertx;
    private final LedgerConfig config;
    private long timer = -1;

    public InstanceLiveness(ReactiveRedisDataSource reactiveRedis, RedisDataSource redis, Vertx vertx,
            LedgerConfig config) {
        this.reactiveRedis = reactiveRedis;
        this.redis = redis;
        this.vertx = vertx;
        this.config = config;
    }

    /** This instance's id, written into every claim it takes. */
    public String id() {
        return id;
    }

    /** The Redis key of an instance's heartbeat. */
    public static String heartbeatKey(String instanceId) {
        return PREFIX + instanceId;
    }

    /** Whether the instance with this id has beaten recently. */
    public boolean isAlive(String instanceId) {
        return id.equals(instanceId) || redis.key().exists(heartbeatKey(instanceId));
    }

    /** Beats before the Kafka consumers start, so no claim of this instance ever looks orphaned. */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        beat();
        timer = vertx.setPeriodic(config.heartbeatInterval().toMillis(), ignored -> beat());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        try {
            redis.key().del(heartbeatKey(id));
        } catch (RuntimeException e) {
            Log.debug("The heartbeat could not be removed at shutdown; it expires on its own", e);
        }
    }

    private void beat() {
        reactiveRedis.value(String.class)
                .set(heartbeatKey(id), "alive", lifetime())
                .subscribe()
                .with(ignored -> { }, failure -> Log.warnf("Heartbeat not written: %s", failure.toString()));
    }

    private SetArgs lifetime() {
        Duration lifetime = config.heartbeatInterval().multipliedBy(BEATS_BEFORE_DEATH);
        return new SetArgs().px(lifetime);
    }
}
