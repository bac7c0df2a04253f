package dev.practice2fa.benchmarks.scenario.settings;

import dev.practice2fa.benchmarks.load.Operation;
import dev.practice2fa.benchmarks.scenario.Scenario;
import dev.practice2fa.benchmarks.scenario.StepPlan;
import dev.practice2fa.benchmarks.scenario.api.PolicyApi;
import dev.practice2fa.benchmarks.scenario.events.SettingsEventTap;
import dev.practice2fa.benchmarks.scenario.fixtures.Fixtures;
import dev.practice2fa.benchmarks.scenario.fixtures.RunNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A practice administrator changes the two-factor setting, and the change travels through the
 * policy service's outbox to Kafka: measured from the request to the moment a consumer of
 * {@code practice-two-factor-settings} sees the event of the new version.
 */
public final class SettingsEventScenario implements Scenario {
    static final String KIND = "settings";
    /** Each practice is changed at most about once per this long, so changes never overlap. */
    static final Duration REUSE_PERIOD = Duration.ofSeconds(2);
    static final int MAX_PRACTICES = 2_000;
    static final String ANY_METHOD = "OPTIONAL";

    /**
     * One practice, the version its next change is based on (as the last read or change gave
     * it), and the count of changes made to it, which decides the next mode.
     */
    private record Practice(String practiceId, String adminId, AtomicLong version,
            AtomicInteger changes) {
        String nextMode() {
            return changes.incrementAndGet() % 2 == 1 ? "ENABLED_MANDATORY" : "ENABLED_OPTIONAL";
        }
    }

    private final PolicyApi policy;
    private final Supplier<SettingsEventTap> events;
    private final RunNames names;
    private final Fixtures fixtures;
    private final List<Practice> practices = new ArrayList<>();
    private volatile List<Practice> inUse = List.of();
    private SettingsEventTap tap;

    /** @param events starts the consumer when the scenario first prepares */
    public SettingsEventScenario(PolicyApi policy, Supplier<SettingsEventTap> events, RunNames names,
            Fixtures fixtures) {
        this.policy = policy;
        this.events = events;
        this.names = names;
        this.fixtures = fixtures;
    }

    @Override
    public String slug() {
        return "settings-event";
    }

    @Override
    public String title() {
        return "Settings change to the event seen by a Kafka consumer";
    }

    @Override
    public void prepare(StepPlan plan) {
        if (tap == null) {
            tap = events.get();
        }
        long wanted = Math.round(Math.ceil(plan.ratePerSecond() * REUSE_PERIOD.toSeconds()));
        int needed = (int) Math.max(1, Math.min(MAX_PRACTICES, Math.min(wanted, plan.operations())));
        if (practices.size() < needed) {
            int first = practices.size();
            practices.addAll(fixtures.make(needed - first, i -> register(first + i)));
        }
        inUse = List.copyOf(practices.subList(0, needed));
    }

    private CompletionStage<Practice> register(int number) {
        String practiceId = names.practice(KIND, number);
        String adminId = names.user(KIND + "-admin", number);
        return policy.registerPractice(practiceId, "Benchmark Clinic " + number)
                .thenCompose(done -> policy.addMember(practiceId, adminId, PolicyApi.FULL_ACCESS,
                        names.email(adminId)))
                .thenCompose(done -> policy.readVersion(practiceId, adminId))
                .thenApply(version -> new Practice(practiceId, adminId, new AtomicLong(version),
                        new AtomicInteger()));
    }

    @Override
    public Operation operation() {
        List<Practice> current = inUse;
        return (index, intended) -> {
            Practice practice = current.get(index % current.size());
            return policy
                    .changeSetting(practice.practiceId(), practice.adminId(), practice.nextMode(),
                            ANY_METHOD, practice.version().get())
                    .thenApply(PolicyApi::versionOf)
                    .thenCompose(version -> {
                        practice.version().set(version);
                        return tap.seen(practice.practiceId(), version);
                    });
        };
    }

    @Override
    public void close() {
        if (tap != null) {
            tap.close();
        }
    }
}
