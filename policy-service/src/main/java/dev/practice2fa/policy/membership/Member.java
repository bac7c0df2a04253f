package dev.practice2fa.policy.membership;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's membership of a practice, with the contact details the notification service needs.
 * A removed member stays as an inactive row so that its version keeps counting up.
 */
@Entity
@Table(name = "practice_member")
public class Member extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "practice_id")
    public String practiceId;

    @Column(name = "user_id")
    public String userId;

    @Enumerated(EnumType.STRING)
    public MemberRole role;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    public String locale;

    public boolean active;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** This user's membership of this practice, active or not; null when there never was one. */
    public static Uni<Member> of(String practiceId, String userId) {
        return find("practiceId = ?1 and userId = ?2", practiceId, userId).firstResult();
    }

    /** Never the contact details: a membership may end up in a log line. */
    @Override
    public String toString() {
        return "Member[" + practiceId + "/" + userId + ", " + role + ", v" + version + "]";
    }
}
