package dev.practice2fa.benchmarks;

import dev.practice2fa.benchmarks.footprint.ServiceProcess;
import dev.practice2fa.benchmarks.report.Baselines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The conditions of a run and the notes a reader needs to read its numbers right. */
final class RunNotes {
    private final BenchmarkSettings settings;
    private final List<String> notes = new ArrayList<>();
    private final String loadAtStart = loadAverage();

    RunNotes(BenchmarkSettings settings) {
        this.settings = settings;
        notes.add("The machine's cores are shared by the services, the local stack, the load "
                + "generator and any other build running at the time; absolute numbers vary from "
                + "run to run, so compare a scenario with its baseline from the same run.");
        notes.add("redis-benchmark is a closed loop (each client waits for its answer), so its "
                + "rate is the most Redis answers at that concurrency; the scenarios are "
                + "open-model rates that held a p99 bound.");
        notes.add("Kafka's EndToEndLatency sends one record at a time and prints its percentiles "
                + "truncated to whole milliseconds; a p99 of 0 counts as 1 ms in ratios.");
        notes.add(format("Mail arrival is seen by polling each awaited mailbox every %d ms, so an "
                + "email latency is late by at most that plus one API call; SMS arrival uses the "
                + "stand-in's own millisecond stamp (loggedDate).",
                settings.mailPollInterval().toMillis()));
    }

    void baselines(Baselines baselines) {
        if (baselines.noOpStandIn()) {
            notes.add("The challenge service has no " + settings.noOpPath() + " endpoint yet, so "
                    + "its liveness check " + baselines.noOpPath() + " stood in for the no-op "
                    + "baseline; it runs the service's liveness checks, so it is a little slower "
                    + "than a true no-op would be.");
        }
    }

    void services(List<ServiceProcess> services) {
        for (ServiceProcess service : services) {
            if (!service.footprint().firstRequest().taken()) {
                notes.add(service.spec().name() + ": time to first request not measured ("
                        + service.footprint().firstRequest().missingBecause() + ").");
            }
        }
    }

    List<String> conditions() {
        return List.of(
                format("Machine: %d cores, %s %s, Java %s in JVM mode; services, stack and load "
                        + "generator on the same machine.", Runtime.getRuntime().availableProcessors(),
                        System.getProperty("os.name"), System.getProperty("os.version"),
                        System.getProperty("java.version")),
                "Commit measured: " + settings.commit() + ".",
                "Load average of the machine as the measurements began (1, 5, 15 minutes): "
                        + loadAtStart + ".",
                format("Load: open model on Vert.x core's HTTP client (one event loop, %d keep-alive "
                        + "connections per service), latency from each operation's intended start, "
                        + "percentiles by HdrHistogram to three significant digits.",
                        settings.connections()),
                format("Search: a %d s warm-up at 4 times the first rate, then steps of %d s from "
                        + "%.0f/s, each %.1f times the last, up to %.0f/s; a step that does not "
                        + "hold is run again %d time(s), and once a rate has held the first rate that "
                        + "does not ends the climb (before that, three may); then %d narrowing "
                        + "steps; %d ms pause between steps.", settings.warmUp().toSeconds(),
                        settings.step().toSeconds(), settings.startRate(), settings.rateFactor(),
                        settings.maxRate(), settings.retries(), settings.refinements(),
                        settings.settle().toMillis()),
                format("Bounds: p99 <= %d ms for requests, <= %d ms for the settings event, <= 5 x "
                        + "Kafka's p99 for deliveries (which climb from %.0f/s to at most %.0f/s).",
                        settings.p99Bound().toMillis(), settings.eventP99Bound().toMillis(),
                        settings.deliveryStartRate(), settings.deliveryMaxRate()));
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
