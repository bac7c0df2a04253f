package dev.practice2fa.challenge.decision;

import dev.practice2fa.challenge.challenge.ChallengeStore;
import dev.practice2fa.challenge.enrolment.Factor;
import dev.practice2fa.challenge.practice.PracticeSetting;
import dev.practice2fa.challenge.practice.PracticeView;
import dev.practice2fa.challenge.store.StoreGuard;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the user's factors and practices, applies {@link DecisionRules}, opens a challenge. */
@ApplicationScoped
public class DecisionService {
    private final PracticeView view;
    private final ChallengeStore challenges;
    private final StoreGuard guard;

    public DecisionService(PracticeView view, ChallengeStore challenges, StoreGuard guard) {
        this.view = view;
        this.challenges = challenges;
        this.guard = guard;
    }

    public Uni<SignInAnswer> decide(String userId, String practiceId) {
        Uni<DecisionOutcome> outcome = Panache.withSession(() -> rules(userId, practiceId)
                .chain(rules -> activeMethods(userId)
                        .map(methods -> DecisionRules.decide(rules, methods))));

        return guard.guard("PostgreSQL", outcome)
                .chain(decided -> challenges.create(userId, practiceId, decided)
                        .invoke(id -> Log.debugf("Sign-in of %s: %s", userId, decided.decision()))
                        .map(id -> new SignInAnswer(decided.decision(), decided.methods(), id,
                                decided.verifyWith())));
    }

    /** The rules that govern the sign-in: the named practice's alone, else all the user's practices'. */
    public Uni<List<PracticeRule>> rules(String userId, String practiceId) {
        if (practiceId != null) {
            return view.setting(practiceId)
                    .map(setting -> List.of(PracticeRule.of(practiceId, toSetting(setting))));
        }

        return view.activeMemberships(userId)
                .map(memberships -> memberships.stream().map(membership -> membership.practiceId).toList())
                .chain(ids -> view.settings(ids)
                        .map(settings -> rulesFor(ids, settings)));
    }

    private static List<PracticeRule> rulesFor(List<String> practiceIds, List<PracticeSetting> settings) {
        Map<String, PracticeSetting> byId = settings.stream()
                .collect(Collectors.toMap(setting -> setting.practiceId, Function.identity()));
        return practiceIds.stream()
                .map(id -> PracticeRule.of(id, toSetting(byId.get(id))))
                .toList();
    }

    private static Optional<PracticeRule.Setting> toSetting(PracticeSetting setting) {
        return Optional.ofNullable(setting)
                .map(found -> new PracticeRule.Setting(found.mode, found.methodPreference));
    }

    private static Uni<Set<Method>> activeMethods(String userId) {
        return Factor.activeOfUser(userId)
                .map(factors -> factors.stream()
                        .map(factor -> factor.type)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Method.class))));
    }
}
