package dev.practice2fa.policy.practice;

import dev.practice2fa.policy.settings.MethodPreference;
import dev.practice2fa.policy.settings.TwoFactorMode;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A practice and its two-factor setting. {@code version} counts every change of either, so
 * that consumers of the settings topic can order them and editors can detect a stale copy.
 */
@Entity
@Table(name = "practice")
public class Practice extends PanacheEntityBase {
    @Id
    public String id;

    public String name;

    public String locale;

    @Enumerated(EnumType.STRING)
    public TwoFactorMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "method_preference")
    public MethodPreference methodPreference;

    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
