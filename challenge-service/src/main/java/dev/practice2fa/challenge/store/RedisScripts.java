package dev.practice2fa.challenge.store;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Runs Lua scripts in Redis, where each runs whole or not at all, so counting stays atomic. */
@ApplicationScoped
public class RedisScripts {
    private final ReactiveRedisDataSource redis;
    private final StoreGuard guard;

    public RedisScripts(ReactiveRedisDataSource redis, StoreGuard guard) {
        this.redis = redis;
        this.guard = guard;
    }

    public Uni<Response> run(String script, List<String> keys, Object... args) {
        List<String> command = new ArrayList<>();
        command.add(script);
        command.add(Integer.toString(keys.size()));
        command.addAll(keys);
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }

        return guard.guard("Redis", redis.execute("EVAL", command.toArray(String[]::new)));
    }

    public Uni<Response> command(String name, String... args) {
        return guard.guard("Redis", redis.execute(name, args));
    }
}
