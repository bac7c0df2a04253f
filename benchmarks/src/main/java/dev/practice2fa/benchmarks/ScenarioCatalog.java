package dev.practice2fa.benchmarks;

import dev.practice2fa.benchmarks.http.LocalHttp;
import dev.practice2fa.benchmarks.report.Baselines;
import dev.practice2fa.benchmarks.report.ScenarioOutcome;
import dev.practice2fa.benchmarks.report.Target;
import dev.practice2fa.benchmarks.report.Yardstick;
import dev.practice2fa.benchmarks.scenario.Lazy;
import dev.practice2fa.benchmarks.scenario.Scenario;
import dev.practice2fa.benchmarks.scenario.ScenarioRunner;
import dev.practice2fa.benchmarks.scenario.ScenarioUnavailable;
import dev.practice2fa.benchmarks.scenario.api.ChallengeApi;
import dev.practice2fa.benchmarks.scenario.api.PolicyApi;
import dev.practice2fa.benchmarks.scenario.api.Tokens;
import dev.practice2fa.benchmarks.scenario.delivery.ClockAnchor;
import dev.practice2fa.benchmarks.scenario.delivery.DeliveryLatencyScenario;
import dev.practice2fa.benchmarks.scenario.delivery.MailArrivals;
import dev.practice2fa.benchmarks.scenario.delivery.SmsArrivals;
import dev.practice2fa.benchmarks.scenario.enrolment.CodeUsers;
import dev.practice2fa.benchmarks.scenario.events.CodeOpener;
import dev.practice2fa.benchmarks.scenario.events.OtpDeliveryTap;
import dev.practice2fa.benchmarks.scenario.events.SettingsEventTap;
import dev.practice2fa.benchmarks.scenario.fixtures.Fixtures;
import dev.practice2fa.benchmarks.scenario.fixtures.RunNames;
import dev.practice2fa.benchmarks.scenario.settings.SettingsEventScenario;
import dev.practice2fa.benchmarks.scenario.signin.SignInDecisionScenario;
import dev.practice2fa.benchmarks.scenario.smscode.SmsVerificationScenario;
import dev.practice2fa.benchmarks.scenario.totp.TotpVerificationScenario;
import dev.practice2fa.benchmarks.search.SearchResult;
import dev.practice2fa.benchmarks.search.SearchSettings;
import dev.practice2fa.stack.TokenMinter;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The scenarios of a run, each with its search, its yardstick and its target, and what they
 * share: the API clients, the Kafka consumers (started by the first scenario that needs them)
 * and the watchers of the SMS stand-in and the mail server.
 */
final class ScenarioCatalog implements AutoCloseable {
    /** Verification sustains at least this share of Redis's own GETDEL rate. */
    static final double VERIFICATION_TO_GETDEL = 0.15;
    /** TOTP verification sustains at least this share of the no-op endpoint's rate. */
    static final double TOTP_TO_NO_OP = 0.9;
    /** Delivery p99 stays within this multiple of Kafka's own p99. */
    static final double DELIVERY_TO_KAFKA_P99 = 5;
    static final double DELIVERY_MEDIAN_MILLIS = 50;
    /** The delivery bound when Kafka's own latency could not be measured. */
    static final Duration DELIVERY_BOUND_WITHOUT_KAFKA = Duration.ofMillis(250);
    private static final Duration TAP_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration SMS_POLL = Duration.ofMillis(50);

    /** One scenario as the catalog runs it. */
    private record Entry(Scenario scenario, SearchSettings search, Yardstick yardstick,
            Optional<Target> target) {
    }

    private final BenchmarkSettings settings;
    private final RunNames names = RunNames.fresh();
    private final PolicyApi policy;
    private final ChallengeApi challenge;
    private final Fixtures fixtures;
    private final Lazy<OtpDeliveryTap> otpDeliveries;
    private final SmsArrivals smsArrivals;
    private final MailArrivals mailArrivals;

    ScenarioCatalog(BenchmarkSettings settings, Vertx vertx, LocalHttp policyHttp, LocalHttp challengeHttp,
            LocalHttp smsHttp, LocalHttp mailHttp, Fixtures fixtures) {
        this.settings = settings;
        Tokens tokens = new Tokens(TokenMinter.forStack(settings.stackFolder()));
        this.policy = new PolicyApi(policyHttp, tokens);
        this.challenge = new ChallengeApi(challengeHttp, tokens);
        this.fixtures = fixtures;
        this.otpDeliveries = new Lazy<>(this::startOtpDeliveries);
        this.smsArrivals = new SmsArrivals(vertx, smsHttp, ClockAnchor.now(), SMS_POLL);
        this.mailArrivals = new MailArrivals(vertx, mailHttp, settings.mailPollInterval());
    }

    List<ScenarioOutcome> runAll(ScenarioRunner runner, Baselines baselines) {
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (Entry entry : entries(baselines)) {
            if (settings.runs(entry.scenario().slug())) {
                outcomes.add(run(runner, entry));
            }
        }
        return outcomes;
    }

    private List<Entry> entries(Baselines baselines) {
        SearchSettings requests = settings.requestSearch();
        SearchSettings slow = requests.withRates(settings.deliveryStartRate(), settings.deliveryMaxRate());
        Duration deliveryBound = baselines.kafka().value()
                .map(kafka -> Duration.ofMillis(Math.round(DELIVERY_TO_KAFKA_P99 * kafka.p99ForComparison())))
                .orElse(DELIVERY_BOUND_WITHOUT_KAFKA);
        Target delivery = Target.latencyAtMost(DELIVERY_TO_KAFKA_P99, DELIVERY_MEDIAN_MILLIS);
        return List.of(
                new Entry(new SignInDecisionScenario(policy, challenge, names, fixtures), requests,
                        Yardstick.NO_OP_RATE, Optional.empty()),
                new Entry(new SmsVerificationScenario(challenge, otpDeliveries, smsArrivals,
                        codeUsers(ChallengeApi.SMS, "smsverify"), fixtures), requests,
                        Yardstick.REDIS_GETDEL_RATE, Optional.of(Target.rateAtLeast(VERIFICATION_TO_GETDEL))),
                new Entry(new TotpVerificationScenario(challenge, names, fixtures), requests,
                        Yardstick.NO_OP_RATE, Optional.of(Target.rateAtLeast(TOTP_TO_NO_OP))),
                new Entry(new SettingsEventScenario(policy, settingsEvents(), names, fixtures),
                        slow.withBound(settings.eventP99Bound()), Yardstick.KAFKA_P99, Optional.empty()),
                new Entry(new DeliveryLatencyScenario(ChallengeApi.SMS, challenge, smsArrivals,
                        codeUsers(ChallengeApi.SMS, "smsdeliver"), fixtures), slow.withBound(deliveryBound),
                        Yardstick.KAFKA_P99, Optional.of(delivery)),
                new Entry(new DeliveryLatencyScenario(ChallengeApi.EMAIL_METHOD, challenge, mailArrivals,
                        codeUsers(ChallengeApi.EMAIL_METHOD, "maildeliver"), fixtures),
                        slow.withBound(deliveryBound), Yardstick.KAFKA_P99, Optional.of(delivery)));
    }

    private ScenarioOutcome run(ScenarioRunner runner, Entry entry) {
        Scenario scenario = entry.scenario();
        Progress.say("scenario: %s", scenario.title());
        Measured<SearchResult> search;
        try (scenario) {
            search = Measured.of(runner.search(scenario, entry.search()));
        } catch (ScenarioUnavailable e) {
            Progress.say("%s: not run, %s", scenario.slug(), e.getMessage());
            search = Measured.missing(e.getMessage());
        }
        return new ScenarioOutcome(scenario.slug(), scenario.title(), search, entry.yardstick(),
                entry.target());
    }

    private CodeUsers codeUsers(String method, String kind) {
        return new CodeUsers(method, kind, policy, challenge, otpDeliveries,
                ChallengeApi.SMS.equals(method) ? smsArrivals : mailArrivals, names, fixtures);
    }

    private Supplier<SettingsEventTap> settingsEvents() {
        return () -> SettingsEventTap.start(settings.kafkaBootstrapServers(), names.prefix(), TAP_TIMEOUT);
    }

    private OtpDeliveryTap startOtpDeliveries() {
        if (settings.codeTransportKey().isEmpty()) {
            throw new ScenarioUnavailable(
                    "no code transport key: set CODE_TRANSPORT_KEY or run bin/stack up");
        }
        CodeOpener opener = new CodeOpener(settings.codeTransportKey());
        return OtpDeliveryTap.start(settings.kafkaBootstrapServers(), opener, names.prefix(), TAP_TIMEOUT);
    }

    @Override
    public void close() {
        smsArrivals.close();
        mailArrivals.close();
        try {
            otpDeliveries.close();
        } catch (Exception e) {
            Progress.say("the otp-deliveries consumer did not close cleanly: %s", e.getMessage());
        }
    }
}
