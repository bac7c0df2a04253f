package dev.practice2fa.benchmarks;

import dev.practice2fa.benchmarks.footprint.ProcessCpu;
import dev.practice2fa.benchmarks.footprint.ServiceFootprint;
import dev.practice2fa.benchmarks.footprint.ServiceLauncher;
import dev.practice2fa.benchmarks.footprint.ServiceProcess;
import dev.practice2fa.benchmarks.footprint.ServiceSpec;
import dev.practice2fa.benchmarks.http.LocalHttp;
import dev.practice2fa.benchmarks.load.StepLimits;
import dev.practice2fa.benchmarks.report.Baselines;
import dev.practice2fa.benchmarks.report.RunReport;
import dev.practice2fa.benchmarks.report.ScenarioOutcome;
import dev.practice2fa.benchmarks.scenario.ScenarioRunner;
import dev.practice2fa.benchmarks.scenario.fixtures.Fixtures;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One whole run: find or start the services, measure the baselines, run the scenarios, then
 * read each service's footprint, and stop again whatever the run started.
 */
public final class BenchmarkRun {
    /** Operations unfinished at once before more are refused rather than queued. */
    static final int MAX_IN_FLIGHT = 10_000;
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);
    static final Duration FIXTURE_TIMEOUT = Duration.ofMinutes(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final BenchmarkSettings settings;

    public BenchmarkRun(BenchmarkSettings settings) {
        this.settings = settings;
    }

    public RunReport run() {
        Instant started = Instant.now();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(2));
        List<ServiceProcess> services = List.of();
        try {
            services = services(vertx);
            return measure(vertx, started, services);
        } finally {
            services.forEach(ServiceProcess::stopIfLaunched);
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    private RunReport measure(Vertx vertx, Instant started, List<ServiceProcess> services) {
        RunNotes notes = new RunNotes(settings);
        try (LocalHttp challenge = service(vertx, settings.challengePort());
                LocalHttp policy = service(vertx, settings.policyPort());
                LocalHttp sms = LocalHttp.connect(vertx, settings.smsProviderUrl(), 2, REQUEST_TIMEOUT);
                LocalHttp mail = LocalHttp.connect(vertx, settings.mailApiUrl(), 4, REQUEST_TIMEOUT)) {
            Fixtures fixtures = new Fixtures(settings.connections(), FIXTURE_TIMEOUT);
            ScenarioRunner runner = new ScenarioRunner(limits(), settings.warmUp(), settings.settle(),
                    servicesCpu(services));
            Baselines baselines = new BaselineMeasurements(settings, runner, fixtures).measure(challenge);
            notes.baselines(baselines);
            List<ScenarioOutcome> outcomes;
            try (ScenarioCatalog catalog =
                    new ScenarioCatalog(settings, vertx, policy, challenge, sms, mail, fixtures)) {
                outcomes = catalog.runAll(runner, baselines);
            }
            List<ServiceFootprint> footprints = services.stream().map(ServiceProcess::footprint).toList();
            notes.services(services);
            return new RunReport(started, notes.conditions(), baselines, outcomes, footprints, notes.notes());
        }
    }

    /** The CPU time the three services have used, read only when every one was found. */
    private static Supplier<Optional<Duration>> servicesCpu(List<ServiceProcess> services) {
        if (services.stream().anyMatch(service -> service.pid().isEmpty())) {
            return Optional::empty;
        }
        ProcessCpu cpu = new ProcessCpu(services.stream()
                .map(service -> service.pid().getAsLong())
                .toList());
        return cpu::used;
    }

    private List<ServiceProcess> services(Vertx vertx) {
        ServiceLauncher launcher = new ServiceLauncher(vertx, settings.stackFolder(), serviceEnvironment());
        List<ServiceProcess> found = new ArrayList<>();
        for (ServiceSpec spec : List.of(spec("policy-service", settings.policyPort()),
                spec("challenge-service", settings.challengePort()),
                spec("notification-service", settings.notificationPort()))) {
            found.add(launcher.findOrStart(spec, settings.startServices()));
        }
        return found;
    }

    /**
     * What {@code bin/run} gives a service beyond the stack's variables, with its defaults: the
     * stack's keys, and the SMS account the stand-in accepts.
     */
    private Map<String, String> serviceEnvironment() {
        Map<String, String> environment = new HashMap<>();
        Path publicKey = settings.stackFolder().resolve("keys/public.pem");
        environment.put("JWT_PUBLIC_KEY_LOCATION", publicKey.toString());
        environment.put("CODE_TRANSPORT_KEY", settings.codeTransportKey());
        environment.put("TOTP_ENCRYPTION_KEY", settings.totpEncryptionKey());
        passOn(environment, "CODE_TRANSPORT_KEY_ID", "stack");
        passOn(environment, "SMS_ACCOUNT_SID", "AClocalstack");
        passOn(environment, "SMS_AUTH_TOKEN", "local-stack");
        passOn(environment, "SMS_FROM", "+61480000000");
        return environment;
    }

    private static void passOn(Map<String, String> environment, String name, String fallback) {
        environment.put(name, System.getenv().getOrDefault(name, fallback));
    }

    private ServiceSpec spec(String name, int port) {
        return new ServiceSpec(name, port, settings.repository().resolve(name)
                .resolve("target/quarkus-app/quarkus-run.jar"));
    }

    private LocalHttp service(Vertx vertx, int port) {
        return LocalHttp.connect(vertx, "http://127.0.0.1:" + port, settings.connections(), REQUEST_TIMEOUT);
    }

    private StepLimits limits() {
        return new StepLimits(settings.step(), Integer.MAX_VALUE, MAX_IN_FLIGHT, DRAIN_TIMEOUT);
    }
}
