package dev.practice2fa.benchmarks.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** A process's resident memory, the {@code VmRSS} line of {@code /proc/PID/status}. */
public final class ResidentMemory {
    private ResidentMemory() {
    }

    /** Resident kilobytes of process {@code pid}, if it still runs and can be read. */
    public static OptionalLong kilobytesOf(long pid) {
        try {
            return kilobytesIn(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong kilobytesIn(String status) {
        for (String line : status.split("\\R")) {
            if (line.startsWith("VmRSS:")) {
                String[] fields = line.substring("VmRSS:".length()).trim().split("\\s+");
                if (fields.length == 2 && fields[1].equals("kB")) {
                    return OptionalLong.of(Long.parseLong(fields[0]));
                }
            }
        }
        return OptionalLong.empty();
    }
}
