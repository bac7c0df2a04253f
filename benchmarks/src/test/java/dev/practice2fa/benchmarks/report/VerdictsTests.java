package dev.practice2fa.benchmarks.report;

import static dev.practice2fa.benchmarks.report.LatencyChartTests.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.practice2fa.benchmarks.Measured;
import dev.practice2fa.benchmarks.baseline.KafkaEndToEnd;
import dev.practice2fa.benchmarks.baseline.RedisGetDel;
import dev.practice2fa.benchmarks.footprint.ServiceFootprint;
import dev.practice2fa.benchmarks.load.StepResult;
import dev.practice2fa.benchmarks.search.SearchResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictsTests {
    static final Duration BOUND = Duration.ofMillis(10);
    static final Baselines BASELINES = new Baselines(
            Measured.of(new RedisGetDel(100_000, 0.06, 0.2, 16)),
            Measured.of(new KafkaEndToEnd(2_000, 1.4, 1, 4, 9)),
            Measured.of(search(step(4_000, 1, 8, 0))),
            "/benchmark/no-op", false);

    @Test
    void comparesAVerificationRateWithRedisGetDel() {
        ScenarioOutcome verification = outcome(Yardstick.REDIS_GETDEL_RATE, Target.rateAtLeast(0.15),
                search(step(20_000, 1, 9, 0)));

        assertThat(Verdicts.ratio(verification, BASELINES)).hasValueSatisfying(ratio ->
                assertThat(ratio).isCloseTo(0.2, within(1e-9)));
        assertThat(Verdicts.verdict(verification, BASELINES)).isEqualTo("met");
    }

    @Test
    void countsARateSearchWhereNothingHeldAsARatioOfZero() {
        SearchResult nothingHeld = new SearchResult(List.of(step(50, 3, 40, 0)), Optional.empty(), "p99", BOUND);
        ScenarioOutcome totp = outcome(Yardstick.NO_OP_RATE, Target.rateAtLeast(0.9), nothingHeld);

        assertThat(Verdicts.ratio(totp, BASELINES)).contains(0.0);
        assertThat(Verdicts.verdict(totp, BASELINES)).isEqualTo("missed");
    }

    @Test
    void comparesDeliveryLatencyUnderLightLoadWithKafkasOwnP99AndTheMedianCap() {
        ScenarioOutcome fast = outcome(Yardstick.KAFKA_P99, Target.latencyAtMost(5, 50),
                search(step(5, 12, 18, 0), step(8, 30, 400, 0)));
        ScenarioOutcome slowMedian = outcome(Yardstick.KAFKA_P99, Target.latencyAtMost(5, 50),
                search(step(5, 60, 18, 0)));

        assertThat(Verdicts.ratio(fast, BASELINES)).hasValueSatisfying(ratio ->
                assertThat(ratio).isCloseTo(4.5, within(1e-9)));
        assertThat(Verdicts.verdict(fast, BASELINES)).isEqualTo("met");
        assertThat(Verdicts.verdict(slowMedian, BASELINES)).isEqualTo("missed");
    }

    @Test
    void saysNotMeasuredWhenTheScenarioOrItsBaselineIsMissing() {
        ScenarioOutcome notRun = new ScenarioOutcome("x", "X", Measured.missing("404"), Yardstick.NO_OP_RATE,
                Optional.empty());
        Baselines noRedis = new Baselines(Measured.missing("not installed"), BASELINES.kafka(), BASELINES.noOp(),
                "/q/health/live", true);
        ScenarioOutcome verification = outcome(Yardstick.REDIS_GETDEL_RATE, Target.rateAtLeast(0.15),
                search(step(20_000, 1, 9, 0)));

        assertThat(Verdicts.verdict(notRun, BASELINES)).isEqualTo("not measured");
        assertThat(Verdicts.verdict(verification, noRedis)).isEqualTo("not measured");
    }

    @Test
    void holdsEachServiceToTwoSecondsAndTwoHundredMegabytes() {
        ServiceFootprint lean = footprint(1_900, 150_000);
        ServiceFootprint heavy = footprint(1_900, 210_000);
        ServiceFootprint slow = footprint(2_100, 150_000);
        ServiceFootprint found = new ServiceFootprint("d", Measured.missing("started before the run"),
                Measured.of(150_000L));

        assertThat(Verdicts.footprintVerdict(lean)).isEqualTo("met");
        assertThat(Verdicts.footprintVerdict(heavy)).isEqualTo("missed");
        assertThat(Verdicts.footprintVerdict(slow)).isEqualTo("missed");
        assertThat(Verdicts.footprintVerdict(found)).isEqualTo("not measured");
    }

    private static ServiceFootprint footprint(long firstRequestMillis, long residentKilobytes) {
        return new ServiceFootprint("service", Measured.of(Duration.ofMillis(firstRequestMillis)),
                Measured.of(residentKilobytes));
    }

    static SearchResult search(StepResult... steps) {
        Optional<StepResult> best = List.of(steps).stream()
                .filter(step -> step.errors() == 0 && step.latency().p99Micros() <= BOUND.toNanos() / 1000)
                .reduce((first, second) -> second);
        return new SearchResult(List.of(steps), best, "p99 above the bound", BOUND);
    }

    static ScenarioOutcome outcome(Yardstick yardstick, Target target, SearchResult search) {
        return new ScenarioOutcome("slug", "Title", Measured.of(search), yardstick, Optional.of(target));
    }
}
