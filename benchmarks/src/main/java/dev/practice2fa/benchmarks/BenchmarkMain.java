package dev.practice2fa.benchmarks;

import dev.practice2fa.benchmarks.report.ReportWriter;
import dev.practice2fa.benchmarks.report.RunReport;
import dev.practice2fa.stack.LocalStack;
import java.io.IOException;

/**
 * Runs the benchmarks against the local stack and the services, and writes the report. Meant
 * to be started by {@code benchmarks/run}, which builds what it needs and starts the stack.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws IOException {
        BenchmarkSettings settings = BenchmarkSettings.from(System.getenv(), LocalStack.repositoryRoot());
        RunReport report = new BenchmarkRun(settings).run();
        new ReportWriter(settings.resultsFolder()).write(report);
        Progress.say("report written to %s", settings.resultsFolder().resolve(ReportWriter.REPORT));
        // Kafka and Vert.x may leave non-daemon threads behind; the run is over.
        System.exit(0);
    }
}
