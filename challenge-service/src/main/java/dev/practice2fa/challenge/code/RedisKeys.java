package dev.practice2fa.challenge.code;

/**
 * Where things live in Redis. A scope is the hash of one sign-in challenge or one enrolment:
 * its status, its attempts and its sends; its current code and its deliveries sit beside it.
 */
public final class RedisKeys {
    private static final String PREFIX = "c2fa:";

    private RedisKeys() {
    }

    public static String challenge(String challengeId) {
        return PREFIX + "challenge:" + challengeId;
    }

    public static String enrolment(String factorId) {
        return PREFIX + "enrolment:" + factorId;
    }

    public static String code(String scope) {
        return scope + ":code";
    }

    public static String deliveries(String scope) {
        return scope + ":deliveries";
    }

    public static String userFailures(String userId) {
        return PREFIX + "user:" + userId + ":failures";
    }

    public static String userLock(String userId) {
        return PREFIX + "user:" + userId + ":lock";
    }

    public static String userSends(String userId) {
        return PREFIX + "user:" + userId + ":sends";
    }

    public static String userVerifiedAt(String userId) {
        return PREFIX + "user:" + userId + ":verified-at";
    }

    /** Sends to one destination, named by its keyed hash so that Redis never holds the number. */
    public static String destinationSends(String destinationHash) {
        return PREFIX + "destination:" + destinationHash + ":sends";
    }
}
