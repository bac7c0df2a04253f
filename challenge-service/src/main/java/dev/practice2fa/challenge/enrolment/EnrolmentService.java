package dev.practice2fa.challenge.enrolment;

import dev.practice2fa.challenge.challenge.Challenge;
import dev.practice2fa.challenge.code.CodeLedger;
import dev.practice2fa.challenge.code.RedisKeys;
import dev.practice2fa.challenge.config.ChallengeConfig;
import dev.practice2fa.challenge.decision.Method;
import dev.practice2fa.challenge.delivery.CodeDelivery;
import dev.practice2fa.challenge.delivery.CodeSender;
import dev.practice2fa.challenge.delivery.Recipient;
import dev.practice2fa.challenge.practice.Membership;
import dev.practice2fa.challenge.practice.PracticeView;
import dev.practice2fa.challenge.store.StoreGuard;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts enrolments: a pending factor, an enrolment scope in Redis for its attempts, and either a
 * code sent to the destination or the secret for an authenticator app.
 */
@ApplicationScoped
public class EnrolmentService {
    private final AuthenticatorSecrets secrets;
    private final CodeLedger ledger;
    private final CodeSender sender;
    private final Recipient recipient;
    private final PracticeView view;
    private final StoreGuard guard;
    private final Clock clock;
    private final String issuer;

    public EnrolmentService(AuthenticatorSecrets secrets, CodeLedger ledger, CodeSender sender,
            Recipient recipient, PracticeView view, StoreGuard guard, Clock clock,
            ChallengeConfig config) {
        this.secrets = secrets;
        this.ledger = ledger;
        this.sender = sender;
        this.recipient = recipient;
        this.view = view;
        this.guard = guard;
        this.clock = clock;
        this.issuer = config.totp().issuer();
    }

    public Uni<EnrolmentStarted> start(String userId, Destination destination,
            Optional<Challenge> challenge) {
        challenge.ifPresent(signIn -> {
            if (!signIn.methods().contains(destination.type())) {
                throw ApiProblemException.withType(ProblemKind.FORBIDDEN, "method-not-allowed",
                        "This sign-in allows set-up of " + signIn.methods() + " only.");
            }
        });
        byte[] secret = destination.type() == Method.AUTHENTICATOR ? secrets.newSecret() : null;

        return pendingFactor(userId, destination, challenge, secret)
                .chain(factor -> secret != null
                        ? provision(factor, secret) : sendCode(factor, challenge));
    }

    /** Starts an authenticator enrolment with a given secret: how tests use a published fixture. */
    Uni<EnrolmentStarted> startAuthenticator(String userId, byte[] secret) {
        Destination destination = new Destination(Method.AUTHENTICATOR, null);
        return pendingFactor(userId, destination, Optional.empty(), secret)
                .chain(factor -> provision(factor, secret));
    }

    /** A stored pending factor, and the Redis scope that counts the attempts to confirm it. */
    private Uni<Factor> pendingFactor(String userId, Destination destination,
            Optional<Challenge> challenge, byte[] secret) {
        Uni<Factor> created = Panache.withTransaction(
                () -> create(userId, destination, challenge, secret));

        return guard.guard("PostgreSQL", created)
                .call(factor -> ledger.open(RedisKeys.enrolment(factor.id.toString()),
                        Map.of("userId", userId, "factorId", factor.id.toString())));
    }

    private Uni<Factor> create(String userId, Destination destination,
            Optional<Challenge> challenge, byte[] secret) {
        return Factor.active(userId, destination.type())
                .chain(existing -> {
                    if (existing != null) {
                        throw ApiProblemException.withType(ProblemKind.CONFLICT, "factor-exists",
                                "The user has an active " + destination.type()
                                        + " factor; remove it first.");
                    }
                    Factor factor = newFactor(userId, destination, challenge);
                    if (secret != null) {
                        secrets.seal(factor, secret);
                    }
                    return factor.<Factor>persist();
                });
    }

    private Factor newFactor(String userId, Destination destination, Optional<Challenge> challenge) {
        Factor factor = new Factor();
        factor.id = UUID.randomUUID();
        factor.userId = userId;
        factor.type = destination.type();
        factor.status = FactorStatus.PENDING;
        factor.destination = destination.address();
        factor.signInChallengeId = challenge.map(signIn -> UUID.fromString(signIn.id()))
                .orElse(null);
        factor.createdAt = clock.instant();
        return factor;
    }

    /** What the app needs; the account it shows is the user's email when a practice knows it. */
    private Uni<EnrolmentStarted> provision(Factor factor, byte[] secret) {
        Uni<List<Membership>> memberships = Panache.withSession(
                () -> view.activeMemberships(factor.userId));

        return guard.guard("PostgreSQL", memberships)
                .map(found -> found.stream()
                        .map(membership -> membership.email)
                        .filter(email -> email != null && !email.isBlank())
                        .findFirst()
                        .orElse(factor.userId))
                .map(account -> {
                    String uri = AuthenticatorProvisioning.uri(issuer, account, secret);
                    Log.infof("Authenticator enrolment started for %s", factor.userId);
                    return new EnrolmentStarted(factor.id.toString(), factor.type, factor.status,
                            null, null, null, uri, AuthenticatorProvisioning.qrCodeDataUri(uri),
                            AuthenticatorProvisioning.groupedSecret(secret));
                });
    }

    private Uni<EnrolmentStarted> sendCode(Factor factor, Optional<Challenge> challenge) {
        String practiceId = challenge.map(Challenge::practiceId).orElse(null);
        String challengeId = challenge.map(Challenge::id).orElse(null);

        Uni<Recipient.Context> recipientContext = Panache.withSession(
                () -> recipient.of(factor.userId, practiceId));

        return guard.guard("PostgreSQL", recipientContext)
                .chain(context -> sender.send(RedisKeys.enrolment(factor.id.toString()),
                        new CodeSender.Send(factor.userId, factor.type.name(), factor.destination,
                                "ENROLMENT", challengeId, factor.id.toString(), context.practiceName(),
                                context.locale())))
                .map(delivery -> started(factor, delivery))
                .onFailure().call(() -> discard(factor));
    }

    /** A factor whose code could not be sent is of no use: it is removed, the failure answered. */
    private Uni<Boolean> discard(Factor factor) {
        return Panache.withTransaction(() -> Factor.deleteById(factor.id))
                .onFailure().recoverWithItem(false);
    }

    private static EnrolmentStarted started(Factor factor, CodeDelivery delivery) {
        Log.infof("%s enrolment started for %s to %s", factor.type, factor.userId,
                delivery.destination());
        return new EnrolmentStarted(factor.id.toString(), factor.type, factor.status,
                delivery.destination(), delivery.deliveryId(), delivery.expiresAt(), null, null, null);
    }
}
