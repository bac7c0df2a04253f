package dev.practice2fa.benchmarks.baseline;

import dev.practice2fa.benchmarks.Loopback;
import dev.practice2fa.benchmarks.Measured;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The physical floor of an event's trip: Kafka's own end-to-end latency tool against the same
 * broker the services use, in a JVM of its own, with acknowledgement by all in-sync replicas as
 * the services' producers ask for and records about the size of a delivery event.
 */
public final class KafkaEndToEndBaseline {
    static final String TOOL = "org.apache.kafka.tools.EndToEndLatency";
    static final String TOPIC = "benchmark-end-to-end-latency";
    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static final int RECORD_BYTES = 512;

    private final String bootstrapServers;
    private final int records;

    public KafkaEndToEndBaseline(String bootstrapServers, int records) {
        this.bootstrapServers = Loopback.requireServers(bootstrapServers);
        this.records = records;
    }

    public Measured<KafkaEndToEnd> measure() {
        try {
            String output = ExternalCommand.run(command(), LIMIT).requireSuccess(TOOL);
            return Measured.of(KafkaLatencyOutput.read(output, records));
        } catch (RuntimeException e) {
            return Measured.missing(e.getMessage());
        }
    }

    private List<String> command() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx256m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), TOOL,
                bootstrapServers, TOPIC, Integer.toString(records), "all", Integer.toString(RECORD_BYTES));
    }
}
