package dev.practice2fa.benchmarks.report;

import dev.practice2fa.benchmarks.Measured;
import dev.practice2fa.benchmarks.footprint.ServiceFootprint;
import dev.practice2fa.benchmarks.load.StepResult;
import dev.practice2fa.benchmarks.search.RateSearch;
import dev.practice2fa.benchmarks.search.SearchResult;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Writes a run's results: {@code REPORT.md}, and one chart per rate search beside it. Charts
 * of an earlier run are removed first, so no chart outlives the run it belongs to.
 */
public final class ReportWriter {
    public static final String REPORT = "REPORT.md";
    static final String NO_OP_SLUG = "no-op";

    private final Path folder;

    public ReportWriter(Path folder) {
        this.folder = folder;
    }

    public void write(RunReport report) throws IOException {
        Files.createDirectories(folder);
        removeOldCharts();
        report.baselines().noOp().value()
                .ifPresent(search -> chart(NO_OP_SLUG, "No-op endpoint GET " + report.baselines().noOpPath(), search));
        for (ScenarioOutcome outcome : report.scenarios()) {
            outcome.search().value().ifPresent(search -> chart(outcome.slug(), outcome.title(), search));
        }
        Files.writeString(folder.resolve(REPORT), markdown(report));
    }

    static String markdown(RunReport report) {
        StringBuilder text = new StringBuilder();
        text.append("# Benchmark results\n\n");
        text.append("Run started ").append(report.startedAt()).append(".\n\n");
        report.conditions().forEach(line -> text.append("- ").append(line).append('\n'));
        summary(text, report);
        baselines(text, report.baselines());
        footprint(text, report);
        steps(text, report);
        text.append("\n## Notes\n\n");
        report.notes().forEach(line -> text.append("- ").append(line).append('\n'));
        return text.toString();
    }

    private static void summary(StringBuilder text, RunReport report) {
        text.append("\n## Scenarios against their baselines\n\n");
        text.append("| scenario | highest rate held | p50 / p99 there | p50 / p99 at the lowest rate "
                + "| compared with | ratio | target | verdict |\n");
        text.append("|---|---|---|---|---|---|---|---|\n");
        for (ScenarioOutcome outcome : report.scenarios()) {
            text.append("| ").append(outcome.title()).append(" | ");
            if (outcome.search().taken()) {
                SearchResult search = outcome.search().value().orElseThrow();
                text.append(search.best().map(step -> Formats.rate(step.ratePerSecond())).orElse("none")).append(" | ")
                        .append(search.best().map(ReportWriter::percentiles).orElse("-")).append(" | ")
                        .append(search.lightest().map(ReportWriter::percentiles).orElse("-")).append(" | ");
            } else {
                text.append("not run: ").append(outcome.search().missingBecause()).append(" | - | - | ");
            }
            text.append(outcome.yardstick().words()).append(" | ")
                    .append(Verdicts.ratio(outcome, report.baselines()).map(Formats::ratio).orElse("-")).append(" | ")
                    .append(outcome.target().map(target -> target.describe(outcome.yardstick())).orElse("-"))
                    .append(" | ").append(Verdicts.verdict(outcome, report.baselines())).append(" |\n");
        }
    }

    private static void baselines(StringBuilder text, Baselines baselines) {
        text.append("\n## Baselines\n\n| baseline | result |\n|---|---|\n");
        text.append("| Redis GETDEL (redis-benchmark) | ").append(measured(baselines.redis().map(redis ->
                String.format(Locale.ROOT, "%s at %d connections; p50 %s, p99 %s", Formats.rate(redis.opsPerSecond()),
                        redis.connections(), Formats.millis(redis.p50Millis()), Formats.millis(redis.p99Millis())))))
                .append(" |\n");
        text.append("| Kafka end to end (EndToEndLatency) | ").append(measured(baselines.kafka().map(kafka ->
                String.format(Locale.ROOT, "p50 %d ms, p99 %d ms, p99.9 %d ms (whole ms, truncated); mean %s; "
                        + "%,d records", kafka.p50Millis(), kafka.p99Millis(), kafka.p999Millis(),
                        Formats.millis(kafka.averageMillis()), kafka.records())))).append(" |\n");
        text.append("| No-op endpoint GET ").append(baselines.noOpPath())
                .append(baselines.noOpStandIn() ? " (stand-in)" : "").append(" | ")
                .append(measured(baselines.noOp().map(search -> search.best()
                        .map(best -> Formats.rate(best.ratePerSecond()) + " held; " + percentiles(best))
                        .orElse("no rate held: " + search.stopReason())))).append(" |\n");
    }

    private static void footprint(StringBuilder text, RunReport report) {
        text.append("\n## Footprint\n\n| service | time to first request | resident memory after the run "
                + "| target | verdict |\n|---|---|---|---|---|\n");
        for (ServiceFootprint service : report.footprints()) {
            text.append("| ").append(service.name()).append(" | ")
                    .append(measured(service.firstRequest().map(ReportWriter::seconds))).append(" | ")
                    .append(measured(service.residentKilobytes().map(Formats::megabytes))).append(" | ")
                    .append("first request <= 2 s, resident <= 200 MB | ")
                    .append(Verdicts.footprintVerdict(service)).append(" |\n");
        }
    }

    private static void steps(StringBuilder text, RunReport report) {
        text.append("\n## Every step\n\n");
        text.append("Latency counts from each operation's intended start. A step holds when every operation "
                + "succeeded and p99 stayed within the bound.\n");
        report.baselines().noOp().value().ifPresent(search ->
                stepTable(text, NO_OP_SLUG, "No-op endpoint GET " + report.baselines().noOpPath(), search));
        for (ScenarioOutcome outcome : report.scenarios()) {
            outcome.search().value().ifPresent(search -> stepTable(text, outcome.slug(), outcome.title(), search));
        }
    }

    private static void stepTable(StringBuilder text, String slug, String title, SearchResult search) {
        text.append("\n### ").append(title).append("\n\n");
        text.append("![").append(title).append("](").append(slug).append(".svg)\n\n");
        text.append("Bound: p99 <= ").append(Formats.millis(search.p99Bound().toNanos() / 1e6))
                .append(". Climb stopped: ").append(search.stopReason()).append(".\n\n");
        text.append("| offered rate | operations | errors | p50 | p99 | max | largest start lag | held |\n");
        text.append("|---|---|---|---|---|---|---|---|\n");
        for (StepResult step : search.steps()) {
            text.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s | %s | %s |%n",
                    Formats.rate(step.ratePerSecond()), step.planned(), errors(step),
                    Formats.millis(step.latency().p50Millis()), Formats.millis(step.latency().p99Millis()),
                    Formats.millis(step.latency().maxMillis()), Formats.millis(step.maxStartLagMicros() / 1000.0),
                    RateSearch.holds(step, search.p99Bound()) ? "yes" : "no"));
        }
    }

    private static String errors(StepResult step) {
        if (step.errors() == 0) {
            return "0";
        }
        StringBuilder reasons = new StringBuilder(Long.toString(step.errors())).append(" (");
        step.errorReasons().forEach((reason, count) -> reasons.append(count).append(": ")
                .append(reason.replace("|", "/")).append("; "));
        return reasons.substring(0, reasons.length() - 2) + ")";
    }

    private static String percentiles(StepResult step) {
        return Formats.millis(step.latency().p50Millis()) + " / " + Formats.millis(step.latency().p99Millis());
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }

    private static String measured(Measured<String> value) {
        return value.value().orElse("not measured: " + value.missingBecause());
    }

    private void chart(String slug, String title, SearchResult search) {
        try {
            Files.writeString(folder.resolve(slug + ".svg"), LatencyChart.svg(title, search));
        } catch (IOException e) {
            throw new IllegalStateException("the chart " + slug + ".svg could not be written", e);
        }
    }

    private void removeOldCharts() throws IOException {
        try (DirectoryStream<Path> charts = Files.newDirectoryStream(folder, "*.svg")) {
            for (Path chart : charts) {
                Files.delete(chart);
            }
        }
    }
}
