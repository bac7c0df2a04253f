package dev.practice2fa.benchmarks.baseline;

import dev.practice2fa.benchmarks.http.HttpAnswer;
import dev.practice2fa.benchmarks.http.LocalHttp;
import dev.practice2fa.benchmarks.load.Operation;
import dev.practice2fa.benchmarks.scenario.Scenario;
import dev.practice2fa.benchmarks.scenario.StepPlan;
import dev.practice2fa.benchmarks.scenario.fixtures.Fixtures;
import io.vertx.core.http.HttpMethod;

/**
 * The challenge service's own floor: a request that does no work, through the same HTTP
 * stack, security layer and JSON writer as every business request, so that a scenario's ratio
 * to it tells what the business logic costs. When the service has no such endpoint yet, its
 * liveness check stands in, and the report says so.
 */
public final class NoOpEndpoint implements Scenario {
    public static final String STAND_IN = "/q/health/live";

    private final LocalHttp http;
    private final String path;
    private final boolean standIn;

    private NoOpEndpoint(LocalHttp http, String path, boolean standIn) {
        this.http = http;
        this.path = path;
        this.standIn = standIn;
    }

    /** The configured endpoint when the service answers it, otherwise the stand-in. */
    public static NoOpEndpoint probe(LocalHttp http, String configuredPath, Fixtures fixtures) {
        HttpAnswer answer = fixtures.await(http.send(HttpMethod.GET, configuredPath, null, null));
        return answer.successful()
                ? new NoOpEndpoint(http, configuredPath, false)
                : new NoOpEndpoint(http, STAND_IN, true);
    }

    public String path() {
        return path;
    }

    /** True when the liveness check stands in for a missing no-op endpoint. */
    public boolean standIn() {
        return standIn;
    }

    @Override
    public String slug() {
        return "no-op";
    }

    @Override
    public String title() {
        return "No-op endpoint GET " + path + (standIn ? " (stand-in)" : "");
    }

    @Override
    public void prepare(StepPlan plan) {
        // Nothing to make: every request is the same.
    }

    @Override
    public Operation operation() {
        return http.operation(HttpMethod.GET, path, null);
    }
}
