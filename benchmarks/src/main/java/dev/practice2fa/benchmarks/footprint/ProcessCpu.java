package dev.practice2fa.benchmarks.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * CPU time processes have used, user and system, from {@code /proc/PID/stat}: the count of
 * clock ticks of every thread of the process, live and ended.
 */
public final class ProcessCpu {
    /** Clock ticks per second of Linux's process accounting ({@code getconf CLK_TCK}). */
    static final long TICKS_PER_SECOND = 100;
    /** utime and stime: the 14th and 15th fields, counted from the state after the name. */
    private static final int UTIME = 11;
    private static final int STIME = 12;

    private final List<Long> pids;

    /** @param pids the processes whose CPU time is summed */
    public ProcessCpu(List<Long> pids) {
        this.pids = List.copyOf(pids);
    }

    /** The CPU time used so far by all the processes; empty if any of them cannot be read. */
    public Optional<Duration> used() {
        long ticks = 0;
        for (long pid : pids) {
            OptionalLong own = ticksOf(pid);
            if (own.isEmpty()) {
                return Optional.empty();
            }
            ticks += own.getAsLong();
        }
        return Optional.of(Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND));
    }

    static OptionalLong ticksOf(long pid) {
        try {
            return ticksIn(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The process name may hold spaces and parentheses, so fields count from its last ')'. */
    static OptionalLong ticksIn(String stat) {
        int nameEnd = stat.lastIndexOf(')');
        String[] fields = stat.substring(nameEnd + 1).trim().split("\\s+");
        if (nameEnd < 0 || fields.length <= STIME) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(fields[UTIME]) + Long.parseLong(fields[STIME]));
    }
}
