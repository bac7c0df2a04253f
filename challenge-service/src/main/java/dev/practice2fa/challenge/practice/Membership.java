package dev.practice2fa.challenge.practice;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A user's membership of a practice as last published by the policy service. */
@Entity
@Table(name = "membership")
@IdClass(Membership.Key.class)
public class Membership extends PanacheEntityBase {
    @Id
    @Column(name = "practice_id")
    public String practiceId;

    @Id
    @Column(name = "user_id")
    public String userId;

    public String role;

    public boolean active;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    public String locale;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The identity of a membership: practice and user. */
    public static class Key implements Serializable {
        public String practiceId;
        public String userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(practiceId, key.practiceId)
                    && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(practiceId, userId);
        }
    }
}
