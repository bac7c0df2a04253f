package dev.practice2fa.policy.settings;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a practice's audit history: who changed its setting, when, from what to what. */
@Entity
@Table(name = "setting_change")
public class SettingChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "practice_id")
    public String practiceId;

    /** The practice's version this change created. */
    public long version;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_mode")
    public TwoFactorMode previousMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_method_preference")
    public MethodPreference previousMethodPreference;

    @Enumerated(EnumType.STRING)
    public TwoFactorMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "method_preference")
    public MethodPreference methodPreference;
}
