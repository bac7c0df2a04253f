package dev.practice2fa.notification.ledger;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Claims a message in the send ledger, waiting while another live instance holds it (after a
 * rebalance both may see the same record for a moment), and recognising a claim left behind by
 * an instance that has stopped.
 */
@ApplicationScoped
public class ClaimTaker {
    /** The state reported for a message a live instance kept holding beyond the wait. */
    public static final String HELD_ELSEWHERE = "HELD_ELSEWHERE";

    private final SendLedger ledger;
    private final InstanceLiveness liveness;
    private final LedgerConfig config;
    private final Clock clock;

    public ClaimTaker(SendLedger ledger, InstanceLiveness liveness, LedgerConfig config, Clock clock) {
        this.ledger = ledger;
        this.liveness = liveness;
        this.config = config;
        this.clock = clock;
    }

    /** Granted, Settled or Abandoned; never Held. */
    public Claim take(String key) {
        Instant giveUpAt = clock.instant().plus(config.heldClaimMaxWait());
        Claim claim = ledger.claim(key);
        while (claim instanceof Claim.Held held) {
            if (!liveness.isAlive(held.owner())) {
                return new Claim.Abandoned(key, held.token());
            }
            if (clock.instant().isAfter(giveUpAt)) {
                Log.warnf("Left %s to the live instance that still holds it", key);
                return new Claim.Settled(key, HELD_ELSEWHERE);
            }
            if (!pause()) {
                return new Claim.Settled(key, HELD_ELSEWHERE);
            }
            claim = ledger.claim(key);
        }
        return claim;
    }

    /** False when the service is stopping; the live holder still settles and reports it. */
    private boolean pause() {
        try {
            Thread.sleep(config.heldClaimPollInterval().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
