package dev.practice2fa.benchmarks.footprint;

import dev.practice2fa.benchmarks.Measured;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A service the run measures: either found already running, or started by the harness, in
 * which case its time to first request was measured and the harness stops it again.
 */
public final class ServiceProcess {
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final ServiceSpec spec;
    private final OptionalLong pid;
    private final Measured<Duration> firstRequest;
    private final Process launched;

    ServiceProcess(ServiceSpec spec, OptionalLong pid, Measured<Duration> firstRequest, Process launched) {
        this.spec = spec;
        this.pid = pid;
        this.firstRequest = firstRequest;
        this.launched = launched;
    }

    /** A service that could be neither found nor started. */
    static ServiceProcess unavailable(ServiceSpec spec, String reason) {
        return new ServiceProcess(spec, OptionalLong.empty(), Measured.missing(reason), null);
    }

    public ServiceSpec spec() {
        return spec;
    }

    /** The process, when one was found or started. */
    public OptionalLong pid() {
        return pid;
    }

    /** Its footprint now: time to first request, and resident memory at this moment. */
    public ServiceFootprint footprint() {
        Measured<Long> resident = pid.isEmpty()
                ? Measured.missing("no process found listening on port " + spec.port())
                : residentOf(pid.getAsLong());
        return new ServiceFootprint(spec.name(), firstRequest, resident);
    }

    private static Measured<Long> residentOf(long pid) {
        OptionalLong kilobytes = ResidentMemory.kilobytesOf(pid);
        return kilobytes.isPresent()
                ? Measured.of(kilobytes.getAsLong())
                : Measured.missing("/proc/" + pid + "/status could not be read");
    }

    /** Stops the service when the harness started it; one found running is left alone. */
    public void stopIfLaunched() {
        if (launched == null) {
            return;
        }
        launched.destroy();
        try {
            if (!launched.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                launched.destroyForcibly();
            }
        } catch (InterruptedException e) {
            launched.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
