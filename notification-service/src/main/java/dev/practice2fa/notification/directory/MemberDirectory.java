package dev.practice2fa.notification.directory;

import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The members of each practice and how to write to them, kept in Redis from
 * {@code practice-memberships}, with an index from user to practices for notices that name
 * only a user.
 */
@ApplicationScoped
public class MemberDirectory {
    private static final String MEMBER = "notification:member:";
    private static final String PRACTICE_MEMBERS = "notification:practice-members:";
    private static final String USER_PRACTICES = "notification:user-practices:";

    private final VersionedStore store;
    private final RedisDataSource redis;

    public MemberDirectory(VersionedStore store, RedisDataSource redis) {
        this.store = store;
        this.redis = redis;
    }

    public Freshness record(Member member) {
        Freshness freshness = store.writeIfNewer(key(member.practiceId(), member.userId()), member,
                member.version());
        if (freshness != Freshness.OLDER) {
            redis.set(String.class).sadd(PRACTICE_MEMBERS + member.practiceId(), member.userId());
            redis.set(String.class).sadd(USER_PRACTICES + member.userId(), member.practiceId());
        }
        return freshness;
    }

    public Optional<Member> find(String practiceId, String userId) {
        return store.read(key(practiceId, userId), Member.class);
    }

    /** The active members of a practice that have an email address. */
    public List<Member> reachableMembers(String practiceId) {
        Set<String> userIds = redis.set(String.class).smembers(PRACTICE_MEMBERS + practiceId);
        return load(userIds.stream().map(userId -> key(practiceId, userId)).toArray(String[]::new));
    }

    /** Where to write to a user: their membership of the named practice, else any other one. */
    public Optional<Member> contactFor(String userId, String practiceId) {
        Optional<Member> named = practiceId == null
                ? Optional.empty() : find(practiceId, userId).filter(Member::reachable);
        if (named.isPresent()) {
            return named;
        }
        Set<String> practiceIds = redis.set(String.class).smembers(USER_PRACTICES + userId);
        return load(practiceIds.stream().map(id -> key(id, userId)).toArray(String[]::new)).stream()
                .max(Comparator.comparingLong(Member::version));
    }

    private List<Member> load(String... keys) {
        if (keys.length == 0) {
            return List.of();
        }
        Map<String, String> documents = redis.value(String.class).mget(keys);
        return documents.values().stream()
                .filter(Objects::nonNull)
                .map(json -> store.parse(json, Member.class))
                .filter(Member::reachable)
                .sorted(Comparator.comparing(Member::userId))
                .toList();
    }

    private static String key(String practiceId, String userId) {
        return MEMBER + practiceId + ":" + userId;
    }
}
