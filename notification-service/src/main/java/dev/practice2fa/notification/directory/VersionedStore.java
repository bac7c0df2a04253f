package dev.practice2fa.notification.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * JSON documents in Redis that carry a {@code version}: a write lands only when its version is
 * newer, decided inside Redis so that two writers cannot interleave.
 */
@ApplicationScoped
public class VersionedStore {
    private static final String WRITE_IF_NEWER = """
            local current = redis.call('GET', KEYS[1])
            if current then
                local stored = tonumber(cjson.decode(current)['version'])
                local incoming = tonumber(ARGV[2])
                if stored > incoming then return -1 end
                if stored == incoming then return 0 end
            end
            redis.call('SET', KEYS[1], ARGV[1])
            return 1
            """;

    private final RedisDataSource redis;
    private final ObjectMapper mapper;

    public VersionedStore(RedisDataSource redis, ObjectMapper mapper) {
        this.redis = redis;
        this.mapper = mapper;
    }

    public Freshness writeIfNewer(String key, Object document, long version) {
        Response answer = redis.execute("EVAL", WRITE_IF_NEWER, "1", key, json(document), Long.toString(version));
        int verdict = answer.toInteger();
        return verdict > 0 ? Freshness.NEWER : verdict == 0 ? Freshness.SAME : Freshness.OLDER;
    }

    public <T> Optional<T> read(String key, Class<T> type) {
        return Optional.ofNullable(redis.value(String.class).get(key))
                .map(json -> parse(json, type));
    }

    <T> T parse(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.getSimpleName() + " is not readable", e);
        }
    }

    private String json(Object document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A " + document.getClass().getSimpleName() + " cannot be stored", e);
        }
    }
}
