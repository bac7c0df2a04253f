package dev.practice2fa.challenge.code;

/**
 * The Lua scripts behind {@link CodeLedger}. Each runs atomically in Redis: no two requests
 * can read the same count, so parallel guesses never get more attempts than allowed. Times come
 * from the service's clock as arguments, so that tests can set them.
 */
final class LedgerScripts {
    /** KEYS: scope. ARGV: ttl ms, then field, value pairs. */
    static final String CREATE = """
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], unpack(ARGV, 2))
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return 1
            """;

    /** KEYS: scope, user lock. ARGV: now, attempts per scope. */
    static final String RESERVE = """
            local lockedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
            if lockedUntil > tonumber(ARGV[1]) then return {'LOCKED', lockedUntil} end
            local status = redis.call('HGET', KEYS[1], 'status')
            if not status then return {'UNKNOWN', 0} end
            if status ~= 'OPEN' then return {'CLOSED', 0} end
            local used = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
            if used > tonumber(ARGV[2]) then
              redis.call('HINCRBY', KEYS[1], 'attempts', -1)
              return {'CLOSED', 0}
            end
            return {'RESERVED', tonumber(ARGV[2]) - used}
            """;

    /**
     * KEYS: scope, user failures, user lock. ARGV: now, attempts per scope, failures per user,
     * user window ms, lockout ms, a unique member for this failure.
     */
    static final String FAIL = """
            local now = tonumber(ARGV[1])
            local wrong = redis.call('HINCRBY', KEYS[1], 'wrong', 1)
            if wrong >= tonumber(ARGV[2]) and redis.call('HGET', KEYS[1], 'status') == 'OPEN' then
              redis.call('HSET', KEYS[1], 'status', 'FAILED')
            end
            local used = tonumber(redis.call('HGET', KEYS[1], 'attempts') or ARGV[2])
            local left = math.max(0, tonumber(ARGV[2]) - math.max(used, wrong))
            redis.call('ZADD', KEYS[2], now, ARGV[6])
            redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[4]))
            redis.call('PEXPIRE', KEYS[2], ARGV[4])
            if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[3]) then
              redis.call('SET', KEYS[3], now + tonumber(ARGV[5]), 'PX', ARGV[5])
              redis.call('DEL', KEYS[2])
              return {left, 1}
            end
            return {left, 0}
            """;

    /**
     * KEYS: scope, and the user's verified-at when a verification passed (not for a factor's
     * confirmation). ARGV: method, now, fresh verification ms. Returns 1 when this call verified the
     * scope, and only then records the fresh verification: one round trip for both.
     */
    static final String SUCCEED = """
            if redis.call('HGET', KEYS[1], 'status') ~= 'OPEN' then return 0 end
            redis.call('HSET', KEYS[1], 'status', 'VERIFIED', 'verifiedMethod', ARGV[1],
              'verifiedAt', ARGV[2])
            if KEYS[2] then redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3]) end
            return 1
            """;

    /**
     * KEYS: scope, user verified-at. ARGV: now, fresh verification ms. Returns 1 when this call
     * marked the open scope as proven by the user; records the fresh verification as SUCCEED does.
     */
    static final String PROVE = """
            if redis.call('HGET', KEYS[1], 'status') ~= 'OPEN' then return 0 end
            redis.call('HSET', KEYS[1], 'proven', '1')
            redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
            return 1
            """;

    /**
     * KEYS: scope, code, user sends, destination sends. ARGV: now, code hash, method, expires at,
     * code ttl ms, resend interval ms, sends per scope, hourly limit, a unique member. The interval
     * runs per method, so that a user whose SMS failed can switch to email at once.
     */
    static final String ISSUE = """
            local now = tonumber(ARGV[1])
            if redis.call('HGET', KEYS[1], 'status') ~= 'OPEN' then return {'CLOSED', 0} end
            local lastField = 'lastSentAt:' .. ARGV[3]
            local last = tonumber(redis.call('HGET', KEYS[1], lastField) or '-1')
            if last >= 0 and now - last < tonumber(ARGV[6]) then
              return {'TOO_SOON', last + tonumber(ARGV[6])}
            end
            local sends = tonumber(redis.call('HGET', KEYS[1], 'sends') or '0')
            if sends >= tonumber(ARGV[7]) then return {'EXHAUSTED', 0} end
            local hour = 3600000
            redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - hour)
            redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - hour)
            if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[8]) then return {'HOURLY', 0} end
            if redis.call('ZCARD', KEYS[4]) >= tonumber(ARGV[8]) then return {'HOURLY', 0} end
            redis.call('ZADD', KEYS[3], now, ARGV[9])
            redis.call('ZADD', KEYS[4], now, ARGV[9])
            redis.call('PEXPIRE', KEYS[3], hour)
            redis.call('PEXPIRE', KEYS[4], hour)
            redis.call('HSET', KEYS[1], 'sends', sends + 1, lastField, now)
            redis.call('DEL', KEYS[2])
            redis.call('HSET', KEYS[2], 'hash', ARGV[2], 'method', ARGV[3], 'expiresAt', ARGV[4])
            redis.call('PEXPIRE', KEYS[2], ARGV[5])
            return {'ISSUED', tonumber(ARGV[7]) - sends - 1}
            """;

    /** KEYS: code. ARGV: code hash, method, now. Returns 1 and deletes the code when it matches. */
    static final String CONSUME = """
            local code = redis.call('HMGET', KEYS[1], 'hash', 'method', 'expiresAt')
            if not code[1] then return 0 end
            if code[2] ~= ARGV[2] or tonumber(code[3]) <= tonumber(ARGV[3]) then return 0 end
            if code[1] ~= ARGV[1] then return 0 end
            redis.call('DEL', KEYS[1])
            return 1
            """;

    private LedgerScripts() {
    }
}
