package dev.practice2fa.benchmarks.report;

import dev.practice2fa.benchmarks.footprint.ServiceFootprint;
import java.time.Instant;
import java.util.List;

/**
 * Everything one run found, ready to be written.
 *
 * @param startedAt when the run began
 * @param conditions facts about the machine and the settings, one line each
 * @param baselines the physical floors
 * @param scenarios the scenarios, in the order they ran
 * @param footprints each service's cost
 * @param notes what a reader must know to read the numbers, one line each
 */
public record RunReport(Instant startedAt, List<String> conditions, Baselines baselines,
        List<ScenarioOutcome> scenarios, List<ServiceFootprint> footprints, List<String> notes) {
}
