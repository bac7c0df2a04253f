package dev.practice2fa.benchmarks.scenario;

/** A scenario cannot run: the services lack an endpoint or a topic it needs, or a fixture failed. */
public final class ScenarioUnavailable extends RuntimeException {
    public ScenarioUnavailable(String reason) {
        super(reason);
    }

    public ScenarioUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
