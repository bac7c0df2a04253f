package dev.practice2fa.benchmarks.report;

import static dev.practice2fa.benchmarks.report.LatencyChartTests.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.practice2fa.benchmarks.Measured;
import dev.practice2fa.benchmarks.footprint.ServiceFootprint;
import dev.practice2fa.benchmarks.load.StepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTests {
    private static final RunReport REPORT = new RunReport(Instant.parse("2026-01-02T03:04:05Z"),
            List.of("Machine: 2 cores"),
            VerdictsTests.BASELINES,
            List.of(
                    new ScenarioOutcome("sms-verification", "SMS code verification",
                            Measured.of(VerdictsTests.search(step(10_000, 1, 4, 0), step(16_000, 2, 30, 0))),
                            Yardstick.REDIS_GETDEL_RATE, Optional.of(Target.rateAtLeast(0.15))),
                    new ScenarioOutcome("settings-event", "Settings change to event",
                            Measured.missing("the topic practice-two-factor-settings does not exist yet"),
                            Yardstick.KAFKA_P99, Optional.empty())),
            List.of(new ServiceFootprint("challenge-service", Measured.of(Duration.ofMillis(1_500)),
                    Measured.of(180_000L))),
            List.of("Shared machine."));

    @TempDir
    Path folder;

    @Test
    void summarisesEachScenarioWithItsRatioTargetAndVerdict() {
        String markdown = ReportWriter.markdown(REPORT);

        assertThat(markdown)
                .contains("| SMS code verification | 10,000/s | 1.00 ms / 4.00 ms | 1.00 ms / 4.00 ms "
                        + "| Redis GETDEL rate | 0.10 | >= 0.15 x Redis GETDEL rate | missed |")
                .contains("| Settings change to event | not run: the topic practice-two-factor-settings does not "
                        + "exist yet | - | - | Kafka end-to-end p99 | - | - | not measured |");
    }

    @Test
    void listsBaselinesFootprintStepsAndNotes() {
        String markdown = ReportWriter.markdown(REPORT);

        assertThat(markdown)
                .contains("| Redis GETDEL (redis-benchmark) | 100,000/s at 16 connections; p50 0.06 ms, p99 0.20 ms |")
                .contains("p50 1 ms, p99 4 ms, p99.9 9 ms (whole ms, truncated)")
                .contains("| No-op endpoint GET /benchmark/no-op | 4,000/s held; 1.00 ms / 8.00 ms |")
                .contains("| challenge-service | 1.50 s | 176 MB | first request <= 2 s, resident <= 200 MB | met |")
                .contains("![SMS code verification](sms-verification.svg)")
                .contains("| 16,000/s | 16,000 | 0 | 2.00 ms | 30.0 ms | 30.0 ms | 0.00 ms | - | no |")
                .contains("- Shared machine.");
    }

    @Test
    void showsWhatEachOperationCostTheServicesInCpuTime() {
        StepResult measured = step(1_000, 1, 4, 0).withServicesCpu(Optional.of(Duration.ofMillis(2_500)));
        RunReport report = new RunReport(REPORT.startedAt(), REPORT.conditions(), REPORT.baselines(),
                List.of(new ScenarioOutcome("totp-verification", "TOTP verification",
                        Measured.of(VerdictsTests.search(measured)), Yardstick.NO_OP_RATE, Optional.empty())),
                List.of(), List.of());

        assertThat(ReportWriter.markdown(report))
                .contains("| 1,000/s | 1,000 | 0 | 1.00 ms | 4.00 ms | 4.00 ms | 0.00 ms | 2.50 ms | yes |");
    }

    @Test
    void writesTheReportAndOneChartPerSearchAndRemovesChartsOfEarlierRuns() throws Exception {
        Files.writeString(folder.resolve("totp-verification.svg"), "<svg/>");

        new ReportWriter(folder).write(REPORT);

        assertThat(folder.resolve(ReportWriter.REPORT)).content().startsWith("# Benchmark results");
        assertThat(folder.resolve("sms-verification.svg")).content().startsWith("<svg");
        assertThat(folder.resolve("no-op.svg")).exists();
        assertThat(folder.resolve("settings-event.svg")).doesNotExist();
        assertThat(folder.resolve("totp-verification.svg")).doesNotExist();
    }
}
