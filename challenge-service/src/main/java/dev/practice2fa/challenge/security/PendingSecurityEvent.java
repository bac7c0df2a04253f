package dev.practice2fa.challenge.security;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A security event recorded but not yet taken by Kafka. */
@Entity
@Table(name = "pending_security_event")
public class PendingSecurityEvent extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "record_key")
    public String recordKey;

    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sequence", insertable = false, updatable = false)
    public Long sequence;

    /** The oldest events, in the order they were recorded. */
    public static Uni<List<PendingSecurityEvent>> oldest(int count) {
        return PendingSecurityEvent.<PendingSecurityEvent>find("order by sequence")
                .page(0, count)
                .list();
    }

    public static Uni<Long> deleteAll(List<UUID> ids) {
        return delete("id in ?1", ids);
    }
}
