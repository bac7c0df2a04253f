package dev.practice2fa.challenge.practice;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A practice's two-factor setting as last published by the policy service. */
@Entity
@Table(name = "practice_setting")
public class PracticeSetting extends PanacheEntityBase {
    @Id
    @Column(name = "practice_id")
    public String practiceId;

    @Column(name = "practice_name")
    public String practiceName;

    public String locale;

    public String mode;

    @Column(name = "method_preference")
    public String methodPreference;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
