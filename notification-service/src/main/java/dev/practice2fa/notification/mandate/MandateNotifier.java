package dev.practice2fa.notification.mandate;

import dev.practice2fa.notification.directory.Member;
import dev.practice2fa.notification.directory.MemberDirectory;
import dev.practice2fa.notification.dispatch.DeliveryChannel;
import dev.practice2fa.notification.dispatch.DeliveryEngine;
import dev.practice2fa.notification.dispatch.DeliveryJob;
import dev.practice2fa.notification.dispatch.DeliveryMetrics;
import dev.practice2fa.notification.dispatch.DeliveryResult;
import dev.practice2fa.notification.event.DeadLetter;
import dev.practice2fa.notification.ledger.SendLedger;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells active members of the mandate their practice has in force, each once.
 *
 * <p>Settings and memberships come from two topics read independently, so a member may become
 * known before the mandate or only after it. Each consumer therefore stores what it read first
 * and calls here second: Redis serves the two writes and the two reads one after another, so at
 * least one consumer sees both the mandate and the member. Both may see both; the ledger key
 * (practice, version of the mandate, member) lets only one of them send, and a redelivered or
 * republished event of either topic finds the claim settled.
 */
@ApplicationScoped
public class MandateNotifier {
    private final FreshMandates mandates;
    private final MemberDirectory members;
    private final MandateMessages messages;
    private final DeliveryEngine engine;
    private final DeliveryMetrics metrics;

    public MandateNotifier(FreshMandates mandates, MemberDirectory members, MandateMessages messages,
            DeliveryEngine engine, DeliveryMetrics metrics) {
        this.mandates = mandates;
        this.members = members;
        this.messages = messages;
        this.engine = engine;
        this.metrics = metrics;
    }

    /**
     * Tells every active member of the practice who was not told yet.
     *
     * @throws DeadLetter when a notice failed, so that the event can be replayed for it
     */
    public void tellMembers(String practiceId) {
        mandates.of(practiceId)
                .ifPresent(this::tellAll);
    }

    /**
     * Tells one member, unless they are no longer active or were told already.
     *
     * @throws DeadLetter when the notice failed, so that the event can be replayed for it
     */
    public void tellMember(String practiceId, String userId) {
        Optional<DeliveryResult> result = mandates.of(practiceId)
                .flatMap(mandate -> tell(mandate, userId));

        deadLetterIfFailed(result.stream().toList());
    }

    private void tellAll(Mandate mandate) {
        List<Member> recipients = members.reachableMembers(mandate.practiceId());
        List<DeliveryResult> results = new ArrayList<>();
        for (Member member : recipients) {
            tell(mandate, member.userId()).ifPresent(results::add);
        }
        long sent = results.stream()
                .filter(DeliveryResult.Delivered.class::isInstance)
                .count();

        Log.infof("Practice %s, version %d (%s): told %d of %d members", mandate.practiceId(),
                mandate.version(), mandate.change(), sent, recipients.size());
        deadLetterIfFailed(results);
    }

    /** Reads the member again just before sending, so that one removed meanwhile is skipped. */
    private Optional<DeliveryResult> tell(Mandate mandate, String userId) {
        return members.find(mandate.practiceId(), userId)
                .filter(Member::reachable)
                .map(member -> engine.deliver(job(mandate, member)));
    }

    private DeliveryJob job(Mandate mandate, Member member) {
        String ledgerKey = SendLedger.key("mandate", mandate.practiceId(), mandate.version(),
                member.userId());
        return new DeliveryJob(ledgerKey, "mandate notice", UUID.randomUUID(), null,
                DeliveryChannel.EMAIL, null, () -> messages.render(mandate, member));
    }

    private void deadLetterIfFailed(List<DeliveryResult> results) {
        List<String> failures = results.stream()
                .filter(DeliveryResult.Failed.class::isInstance)
                .map(result -> ((DeliveryResult.Failed) result).reason())
                .toList();
        if (!failures.isEmpty()) {
            metrics.deadLettered(DeliveryChannel.EMAIL.tag());
            throw new DeadLetter(failures.size() + " member notices failed, first: " + failures.get(0));
        }
    }
}
