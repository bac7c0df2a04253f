package dev.practice2fa.challenge.enrolment;

import dev.practice2fa.challenge.decision.Method;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user's second factor. An SMS or email factor holds its destination; an authenticator holds
 * its secret sealed with the TOTP key ring (the factor id is the associated data) and the last
 * time step it accepted.
 */
@Entity
@Table(name = "factor")
public class Factor extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "user_id")
    public String userId;

    @Enumerated(EnumType.STRING)
    public Method type;

    @Enumerated(EnumType.STRING)
    public FactorStatus status;

    public String destination;

    @Column(name = "secret_key_id")
    public String secretKeyId;

    @Column(name = "secret_nonce")
    public String secretNonce;

    @Column(name = "secret_ciphertext")
    public String secretCiphertext;

    @Column(name = "last_accepted_step")
    public Long lastAcceptedStep;

    @Column(name = "sign_in_challenge_id")
    public UUID signInChallengeId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "activated_at")
    public Instant activatedAt;

    public static Uni<List<Factor>> ofUser(String userId) {
        return list("userId = ?1 order by createdAt", userId);
    }

    public static Uni<List<Factor>> activeOfUser(String userId) {
        return list("userId = ?1 and status = ?2 order by createdAt", userId, FactorStatus.ACTIVE);
    }

    public static Uni<Factor> active(String userId, Method type) {
        return find("userId = ?1 and type = ?2 and status = ?3", userId, type, FactorStatus.ACTIVE)
                .firstResult();
    }

    /**
     * Records {@code step} as accepted unless this or a later step already was: one atomic
     * conditional update, so parallel requests cannot both pass and a Redis restart forgets
     * nothing. True when this call recorded it.
     */
    public static Uni<Boolean> acceptStep(UUID factorId, long step) {
        return update("lastAcceptedStep = ?1 where id = ?2"
                        + " and (lastAcceptedStep is null or lastAcceptedStep < ?1)", step, factorId)
                .map(rows -> rows == 1);
    }

    /** Activates a pending factor; false when it was not pending any more. */
    public static Uni<Boolean> activate(UUID factorId, Instant now) {
        return update("status = ?1, activatedAt = ?2 where id = ?3 and status = ?4",
                FactorStatus.ACTIVE, now, factorId, FactorStatus.PENDING)
                .map(rows -> rows == 1);
    }
}
