package dev.practice2fa.challenge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/** Every limit and key of the challenge service, each kept within safe bounds at startup. */
@ConfigMapping(prefix = "challenge")
public interface ChallengeConfig {
    /** Issue and delivery of SMS and email codes. */
    Codes codes();

    /** Counting of wrong codes. */
    Attempts attempts();

    /** Authenticator apps. */
    Totp totp();

    /** Sign-in challenges. */
    Challenges challenges();

    /** Keys for sealing codes and secrets and for hashing codes. */
    Keys keys();

    /** Issue and delivery of SMS and email codes. */
    interface Codes {
        /** Seconds an SMS or email code stays valid; never more than ten minutes. */
        @WithDefault("300")
        @Min(30)
        @Max(600)
        int lifetimeSeconds();

        /** Seconds between two sends of a code for the same challenge. */
        @WithDefault("30")
        @Min(10)
        @Max(600)
        int resendIntervalSeconds();

        /** Resends allowed per challenge after the first send. */
        @WithDefault("3")
        @Min(0)
        @Max(5)
        int maxResends();

        /** Codes sent per user, and per destination, within one hour. */
        @WithDefault("10")
        @Min(1)
        @Max(30)
        int hourlyLimit();
    }

    /** Counting of wrong codes. */
    interface Attempts {
        /** Wrong codes that end one challenge or one enrolment. */
        @WithDefault("5")
        @Min(1)
        @Max(10)
        int perChallenge();

        /** Wrong codes of one user, across challenges and methods, that lock verification. */
        @WithDefault("10")
        @Min(3)
        @Max(30)
        int perUser();

        /** Minutes over which a user's wrong codes are counted. */
        @WithDefault("15")
        @Min(1)
        @Max(120)
        int userWindowMinutes();

        /** Minutes a locked user's verification stays locked. */
        @WithDefault("15")
        @Min(1)
        @Max(1440)
        int lockoutMinutes();
    }

    /** Authenticator apps. */
    interface Totp {
        /** Steps accepted either side of the current one: 1 (default) or 0. */
        @WithDefault("1")
        @Min(0)
        @Max(1)
        int window();

        /** Issuer shown by authenticator apps beside the account. */
        @WithDefault("Practice 2FA")
        String issuer();
    }

    /** Sign-in challenges. */
    interface Challenges {
        /** Minutes a sign-in challenge stays open. */
        @WithDefault("15")
        @Min(5)
        @Max(60)
        int lifetimeMinutes();

        /** Minutes a successful verification counts as fresh for removing factors or codes. */
        @WithDefault("10")
        @Min(1)
        @Max(10)
        int freshVerificationMinutes();

        /** Milliseconds a call to Redis or PostgreSQL may take before the answer is 503. */
        @WithDefault("3000")
        @Min(100)
        @Max(30000)
        int storeTimeoutMillis();
    }

    /** Keys for sealing codes and secrets and for hashing codes. */
    interface Keys {
        /** Id of the key that seals codes for the notification service. */
        String codeTransportKeyId();

        /** The code transport key: 32 bytes in base64. */
        String codeTransportKey();

        /** Id of the key that encrypts authenticator secrets at rest. */
        String totpEncryptionKeyId();

        /** The authenticator secret encryption key: 32 bytes in base64. */
        String totpEncryptionKey();

        /** Earlier TOTP encryption keys that still open what they sealed: "id=key,id=key". */
        Optional<String> totpRetiredKeys();

        /** Key for the keyed hashes of codes; derived from the TOTP encryption key when absent. */
        Optional<String> codeHashKey();
    }
}
