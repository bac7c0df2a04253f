package dev.practice2fa.benchmarks;

import dev.practice2fa.benchmarks.baseline.KafkaEndToEnd;
import dev.practice2fa.benchmarks.baseline.KafkaEndToEndBaseline;
import dev.practice2fa.benchmarks.baseline.NoOpEndpoint;
import dev.practice2fa.benchmarks.baseline.RedisGetDel;
import dev.practice2fa.benchmarks.baseline.RedisGetDelBaseline;
import dev.practice2fa.benchmarks.http.LocalHttp;
import dev.practice2fa.benchmarks.report.Baselines;
import dev.practice2fa.benchmarks.scenario.ScenarioRunner;
import dev.practice2fa.benchmarks.scenario.ScenarioUnavailable;
import dev.practice2fa.benchmarks.scenario.fixtures.Fixtures;
import dev.practice2fa.benchmarks.search.SearchResult;

/** The physical floors of a run, measured before any scenario on the same machine and stack. */
final class BaselineMeasurements {
    private final BenchmarkSettings settings;
    private final ScenarioRunner runner;
    private final Fixtures fixtures;

    BaselineMeasurements(BenchmarkSettings settings, ScenarioRunner runner, Fixtures fixtures) {
        this.settings = settings;
        this.runner = runner;
        this.fixtures = fixtures;
    }

    Baselines measure(LocalHttp challenge) {
        Progress.say("baseline: redis-benchmark GETDEL at %d connections", settings.connections());
        Measured<RedisGetDel> redis = new RedisGetDelBaseline(settings.redisPort(), settings.connections(),
                settings.redisRequests()).measure();
        Progress.say("baseline: Kafka EndToEndLatency, %d records", settings.kafkaRecords());
        Measured<KafkaEndToEnd> kafka = new KafkaEndToEndBaseline(settings.kafkaBootstrapServers(),
                settings.kafkaRecords()).measure();
        NoOpEndpoint noOp;
        try {
            noOp = NoOpEndpoint.probe(challenge, settings.noOpPath(), fixtures);
        } catch (ScenarioUnavailable e) {
            return new Baselines(redis, kafka, Measured.missing("the challenge service did not answer: "
                    + e.getMessage()), settings.noOpPath(), false);
        }
        Progress.say("baseline: %s", noOp.title());
        SearchResult search = runner.search(noOp, settings.requestSearch());
        return new Baselines(redis, kafka, Measured.of(search), noOp.path(), noOp.standIn());
    }
}
