package dev.practice2fa.benchmarks.baseline;

import dev.practice2fa.benchmarks.Loopback;
import dev.practice2fa.benchmarks.Measured;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The physical floor of a code verification: Redis's own GETDEL, the single command that reads
 * and removes a stored code, measured by redis-benchmark at the concurrency the generator uses.
 * redis-benchmark's {@code -t} cannot select GETDEL, so it runs as a custom command, on keys
 * written just before with the same random key space so that most calls find a value.
 */
public final class RedisGetDelBaseline {
    static final String TOOL = "redis-benchmark";
    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static final String KEY = "benchmark:code:__rand_int__";

    private final int port;
    private final int connections;
    private final int requests;

    /**
     * @param port the Redis port on 127.0.0.1
     * @param connections clients sending at once, as many as the generator's connections
     * @param requests GETDEL commands sent in all
     */
    public RedisGetDelBaseline(int port, int connections, int requests) {
        this.port = port;
        this.connections = connections;
        this.requests = requests;
    }

    public Measured<RedisGetDel> measure() {
        if (!ExternalCommand.installed(TOOL)) {
            return Measured.missing(TOOL + " is not installed (Debian package redis-tools)");
        }
        try {
            ExternalCommand.run(command("SET", KEY, "123456"), LIMIT).requireSuccess(TOOL + " SET");
            String csv = ExternalCommand.run(command("GETDEL", KEY), LIMIT).requireSuccess(TOOL + " GETDEL");
            return Measured.of(RedisCsv.read(csv, "GETDEL", connections));
        } catch (RuntimeException e) {
            return Measured.missing(e.getMessage());
        }
    }

    private List<String> command(String... redisCommand) {
        List<String> options = List.of(TOOL, "-h", Loopback.ADDRESS, "-p", Integer.toString(port),
                "-c", Integer.toString(connections), "-n", Integer.toString(requests),
                "-r", Integer.toString(requests), "--csv");
        return Stream.concat(options.stream(), List.of(redisCommand).stream()).toList();
    }
}
