package dev.practice2fa.challenge.enrolment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One single-use recovery code, kept only as its keyed hash. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "user_id")
    public String userId;

    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "used_at")
    public Instant usedAt;

    /** Uses the code with this hash; one atomic conditional update, so it works only once. */
    public static Uni<Boolean> use(String userId, String codeHash, Instant now) {
        return update("usedAt = ?1 where userId = ?2 and codeHash = ?3 and usedAt is null",
                        now, userId, codeHash)
                .map(rows -> rows == 1);
    }

    public static Uni<Long> unusedOf(String userId) {
        return count("userId = ?1 and usedAt is null", userId);
    }

    public static Uni<Long> anyOf(String userId) {
        return count("userId", userId);
    }

    public static Uni<Long> deleteOf(String userId) {
        return delete("userId", userId);
    }
}
