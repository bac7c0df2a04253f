package dev.practice2fa.notification.ledger;

import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The durable record, in Redis, of every message this service was asked to send: claimed
 * atomically before the first attempt, settled when it ends, released when sending failed so
 * that a later redelivery may try again. Each change is a compare-and-set on the claim's own
 * token, so a stale instance can never overwrite what another one decided.
 */
@ApplicationScoped
public class SendLedger {
    private static final String PREFIX = "notification:ledger:";
    private static final String CLAIMED = "CLAIMED";
    private static final String SEPARATOR = "|";
    private static final String CLAIM_SCRIPT = """
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return '' end
            return redis.call('GET', KEYS[1])
            """;
    private static final String SETTLE_SCRIPT = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
                redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
                return 1
            end
            return 0
            """;
    private static final String RELEASE_SCRIPT = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """;

    private final RedisDataSource redis;
    private final InstanceLiveness instance;
    private final LedgerConfig config;

    public SendLedger(RedisDataSource redis, InstanceLiveness instance, LedgerConfig config) {
        this.redis = redis;
        this.instance = instance;
        this.config = config;
    }

    /** The ledger key of a message, from its kind and the ids that make it unique. */
    public static String key(String kind, Object... ids) {
        StringBuilder key = new StringBuilder(PREFIX).append(kind);
        for (Object id : ids) {
            key.append(':').append(id);
        }
        return key.toString();
    }

    /** Claims a message for this instance unless someone claimed it before. */
    public Claim claim(String key) {
        String token = CLAIMED + SEPARATOR + instance.id() + SEPARATOR + UUID.randomUUID();
        Response current = redis.execute("EVAL", CLAIM_SCRIPT, "1", key, token, retentionMillis());
        String existing = current == null ? "" : current.toString();
        if (existing.isEmpty()) {
            return new Claim.Granted(key, token);
        }
        if (existing.startsWith(CLAIMED + SEPARATOR)) {
            return new Claim.Held(key, existing, existing.split("\\|")[1]);
        }
        return new Claim.Settled(key, existing);
    }

    /** Records how a claimed message ended; false when the claim was no longer this one. */
    public boolean settle(String key, String token, Settlement settlement) {
        Response changed = redis.execute("EVAL", SETTLE_SCRIPT, "1", key, token,
                settlement.name(), retentionMillis());
        return changed != null && changed.toInteger() == 1;
    }

    /** Forgets a claim whose message was not sent, so a redelivery may send it. */
    public boolean release(String key, String token) {
        Response released = redis.execute("EVAL", RELEASE_SCRIPT, "1", key, token);
        return released != null && released.toInteger() == 1;
    }

    private String retentionMillis() {
        return Long.toString(config.retention().toMillis());
    }
}
