package dev.practice2fa.benchmarks.report;

import dev.practice2fa.benchmarks.Measured;
import dev.practice2fa.benchmarks.baseline.KafkaEndToEnd;
import dev.practice2fa.benchmarks.baseline.RedisGetDel;
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
        String noOpTitle = noOpTitle(report.baselines());
        report.baselines().noOp().value()
                .ifPresent(search -> chart(NO_OP_SLUG, noOpTitle, search));
        for (ScenarioOutcome outcome : report.scenarios()) {
            outcome.search().value()
                    .ifPresent(search -> chart(outcome.slug(), outcome.title(), search));
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
        text.append("| scenario | highest rate held | p50 / p99 there | p50 / p99 at the lowest rate ")
                .append("| compared with | ratio | target | verdict |\n");
        text.append("|---|---|---|---|---|---|---|---|\n");
        for (ScenarioOutcome outcome : report.scenarios()) {
            row(text, outcome.title(), measuredColumns(outcome.search()),
                    outcome.yardstick().words(),
                    Verdicts.ratio(outcome, report.baselines()).map(Formats::ratio).orElse("-"),
                    outcome.target().map(target -> target.describe(outcome.yardstick())).orElse("-"),
                    Verdicts.verdict(outcome, report.baselines()));
        }
    }

    /** The three columns of what a search measured, or why it did not run. */
    private static String measuredColumns(Measured<SearchResult> measured) {
        if (!measured.taken()) {
            return "not run: " + measured.missingBecause() + " | - | -";
        }
        SearchResult search = measured.value().orElseThrow();
        return search.best().map(step -> Formats.rate(step.ratePerSecond())).orElse("none")
                + " | " + search.best().map(ReportWriter::percentiles).orElse("-")
                + " | " + search.lightest().map(ReportWriter::percentiles).orElse("-");
    }

    private static void baselines(StringBuilder text, Baselines baselines) {
        text.append("\n## Baselines\n\n| baseline | result |\n|---|---|\n");
        row(text, "Redis GETDEL (redis-benchmark)", measured(baselines.redis().map(ReportWriter::redis)));
        row(text, "Kafka end to end (EndToEndLatency)",
                measured(baselines.kafka().map(ReportWriter::kafka)));
        row(text, noOpTitle(baselines), measured(baselines.noOp().map(ReportWriter::noOp)));
    }

    private static String redis(RedisGetDel redis) {
        return String.format(Locale.ROOT, "%s at %d connections; p50 %s, p99 %s",
                Formats.rate(redis.opsPerSecond()), redis.connections(),
                Formats.millis(redis.p50Millis()), Formats.millis(redis.p99Millis()));
    }

    private static String kafka(KafkaEndToEnd kafka) {
        return String.format(Locale.ROOT,
                "p50 %d ms, p99 %d ms, p99.9 %d ms (whole ms, truncated); mean %s; %,d records",
                kafka.p50Millis(), kafka.p99Millis(), kafka.p999Millis(),
                Formats.millis(kafka.averageMillis()), kafka.records());
    }

    private static String noOp(SearchResult search) {
        return search.best()
                .map(best -> Formats.rate(best.ratePerSecond()) + " held; " + percentiles(best))
                .orElse("no rate held: " + search.stopReason());
    }

    private static String noOpTitle(Baselines baselines) {
        return "No-op endpoint GET " + baselines.noOpPath() + (baselines.noOpStandIn() ? " (stand-in)" : "");
    }

    private static void footprint(StringBuilder text, RunReport report) {
        text.append("\n## Footprint\n\n");
        text.append("| service | time to first request | resident memory after the run | target ")
                .append("| verdict |\n");
        text.append("|---|---|---|---|---|\n");
        for (ServiceFootprint service : report.footprints()) {
            row(text, service.name(),
                    measured(service.firstRequest().map(ReportWriter::seconds)),
                    measured(service.residentKilobytes().map(Formats::megabytes)),
                    "first request <= 2 s, resident <= 200 MB",
                    Verdicts.footprintVerdict(service));
        }
    }

    private static void steps(StringBuilder text, RunReport report) {
        text.append("\n## Every step\n\n");
        text.append("Latency counts from each operation's intended start. A step holds when every ")
                .append("operation succeeded and p99 stayed within the bound.\n");
        report.baselines().noOp().value()
                .ifPresent(search -> stepTable(text, NO_OP_SLUG, noOpTitle(report.baselines()), search));
        for (ScenarioOutcome outcome : report.scenarios()) {
            outcome.search().value()
                    .ifPresent(search -> stepTable(text, outcome.slug(), outcome.title(), search));
        }
    }

    private static void stepTable(StringBuilder text, String slug, String title, SearchResult search) {
        text.append("\n### ").append(title).append("\n\n");
        text.append("![").append(title).append("](").append(slug).append(".svg)\n\n");
        text.append("Bound: p99 <= ").append(Formats.millis(search.p99Bound().toNanos() / 1e6))
                .append(". Climb stopped: ").append(search.stopReason()).append(".\n\n");
        text.append("| offered rate | operations | errors | p50 | p99 | max | largest start lag ")
                .append("| services' CPU per operation | held |\n");
        text.append("|---|---|---|---|---|---|---|---|---|\n");
        for (StepResult step : search.steps()) {
            row(text, Formats.rate(step.ratePerSecond()),
                    String.format(Locale.ROOT, "%,d", step.planned()),
                    errors(step),
                    Formats.millis(step.latency().p50Millis()),
                    Formats.millis(step.latency().p99Millis()),
                    Formats.millis(step.latency().maxMillis()),
                    Formats.millis(step.maxStartLagMicros() / 1000.0),
                    step.cpuMillisPerOperation().map(Formats::millis).orElse("-"),
                    RateSearch.holds(step, search.p99Bound()) ? "yes" : "no");
        }
    }

    private static void row(StringBuilder text, String... cells) {
        text.append("| ").append(String.join(" | ", cells)).append(" |\n");
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
        return Formats.millis(step.latency().p50Millis()) + " / "
                + Formats.millis(step.latency().p99Millis());
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
