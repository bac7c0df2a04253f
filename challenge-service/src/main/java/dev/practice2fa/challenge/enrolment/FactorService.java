package dev.practice2fa.challenge.enrolment;

import dev.practice2fa.challenge.challenge.FreshVerification;
import dev.practice2fa.challenge.decision.DecisionService;
import dev.practice2fa.challenge.decision.Method;
import dev.practice2fa.challenge.decision.PracticeRule;
import dev.practice2fa.challenge.practice.PracticeView;
import dev.practice2fa.challenge.security.SecurityEventType;
import dev.practice2fa.challenge.security.SecurityEvents;
import dev.practice2fa.challenge.store.StoreGuard;
import dev.practice2fa.common.problem.ApiProblemException;
import dev.practice2fa.common.problem.ProblemKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A user's factors: listed, removed, and their recovery codes regenerated. */
@ApplicationScoped
public class FactorService {
    private final DecisionService decisions;
    private final PracticeView view;
    private final RecoveryCodes recoveryCodes;
    private final FreshVerification fresh;
    private final SecurityEvents events;
    private final StoreGuard guard;

    public FactorService(DecisionService decisions, PracticeView view, RecoveryCodes recoveryCodes,
            FreshVerification fresh, SecurityEvents events, StoreGuard guard) {
        this.decisions = decisions;
        this.view = view;
        this.recoveryCodes = recoveryCodes;
        this.fresh = fresh;
        this.events = events;
        this.guard = guard;
    }

    /** The user's factor {@code factorId}, or 404 when it is malformed, unknown or another's. */
    public Uni<Factor> owned(String userId, String factorId) {
        UUID id = parse(factorId);

        return guard.guard("PostgreSQL", Panache.withSession(() -> Factor.<Factor>findById(id)))
                .map(factor -> factor != null && factor.userId.equals(userId) ? factor : null)
                .onItem().ifNull().failWith(FactorService::notFound);
    }

    public Uni<TwoFactorOverview> overview(String userId) {
        Uni<TwoFactorOverview> overview = Panache.withSession(() -> Factor.ofUser(userId)
                .chain(factors -> RecoveryCode.unusedOf(userId)
                        .chain(left -> requirements(userId)
                                .map(practices -> new TwoFactorOverview(userId,
                                        factors.stream().map(FactorView::of).toList(), left,
                                        practices)))));

        return guard.guard("PostgreSQL", overview);
    }

    /** Removes a factor, an active one only after a fresh verification; the last takes the codes. */
    public Uni<Void> remove(Factor factor) {
        Uni<Void> allowed = factor.status == FactorStatus.ACTIVE
                ? fresh.require(factor.userId) : Uni.createFrom().voidItem();
        Uni<Long> removed = Panache.withTransaction(() -> Factor.deleteById(factor.id)
                .chain(() -> Factor.activeOfUser(factor.userId))
                .chain(left -> left.isEmpty()
                        ? RecoveryCode.deleteOf(factor.userId) : Uni.createFrom().item(0L)));

        return allowed
                .chain(() -> guard.guard("PostgreSQL", removed))
                .invoke(() -> Log.infof("%s factor removed for %s", factor.type, factor.userId))
                .chain(() -> events.record(SecurityEventType.FACTOR_REMOVED,
                        SecurityEvents.Subject.user(factor.userId)
                                .withFactor(factor.id.toString(), factor.type.name())));
    }

    /** Replaces the user's recovery codes, after a fresh verification, while a factor is active. */
    public Uni<List<String>> regenerateRecoveryCodes(String userId) {
        Uni<List<String>> replaced = Panache.withTransaction(() -> Factor.activeOfUser(userId)
                .chain(active -> {
                    if (active.isEmpty()) {
                        throw ApiProblemException.withType(ProblemKind.CONFLICT, "no-active-factor",
                                "Recovery codes stand in for a factor; the user has none active.");
                    }
                    return recoveryCodes.replaceSet(userId);
                }));

        return fresh.require(userId)
                .chain(() -> guard.guard("PostgreSQL", replaced))
                .invoke(() -> Log.infof("Recovery codes regenerated for %s", userId))
                .call(() -> events.record(SecurityEventType.RECOVERY_CODES_REGENERATED,
                        SecurityEvents.Subject.user(userId)));
    }

    private Uni<List<TwoFactorOverview.Requirement>> requirements(String userId) {
        return decisions.rules(userId, null)
                .chain(rules -> view.settings(rules.stream().map(PracticeRule::practiceId).toList())
                        .map(settings -> settings.stream().collect(Collectors.toMap(
                                setting -> setting.practiceId, setting -> setting.practiceName)))
                        .map(names -> rules.stream()
                                .map(rule -> requirement(rule, names.get(rule.practiceId())))
                                .toList()));
    }

    private static TwoFactorOverview.Requirement requirement(PracticeRule rule, String name) {
        List<Method> methods = Method.DEFAULT_ORDER.stream().filter(rule::allows).toList();
        return new TwoFactorOverview.Requirement(rule.practiceId(), name, rule.mandatory(), methods);
    }

    private static UUID parse(String factorId) {
        try {
            return UUID.fromString(factorId);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ApiProblemException notFound() {
        return ApiProblemException.withType(ProblemKind.NOT_FOUND, "factor-not-found",
                "The user has no factor with this id.");
    }
}
