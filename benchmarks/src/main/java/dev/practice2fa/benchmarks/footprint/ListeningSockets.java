package dev.practice2fa.benchmarks.footprint;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds the process listening on a TCP port of this machine from {@code /proc}: the socket's
 * inode in {@code /proc/net/tcp} (or {@code tcp6}), then the process holding that inode open.
 * A process of another user is invisible unless the harness runs as root.
 */
public final class ListeningSockets {
    private static final String LISTEN = "0A";

    private final Path proc;

    public ListeningSockets(Path proc) {
        this.proc = proc;
    }

    public static ListeningSockets ofThisMachine() {
        return new ListeningSockets(Path.of("/proc"));
    }

    /** The id of the process listening on {@code port}, if it can be seen. */
    public OptionalLong pidListeningOn(int port) {
        Optional<String> inode = inodeListeningOn(port);
        return inode.isPresent() ? pidHolding("socket:[" + inode.get() + "]") : OptionalLong.empty();
    }

    Optional<String> inodeListeningOn(int port) {
        for (String table : List.of("net/tcp", "net/tcp6")) {
            Optional<String> inode = inodeIn(read(proc.resolve(table)), port);
            if (inode.isPresent()) {
                return inode;
            }
        }
        return Optional.empty();
    }

    /** The inode of the listening socket on {@code port} in one {@code /proc/net/tcp} table. */
    static Optional<String> inodeIn(List<String> table, int port) {
        String hexPort = String.format("%04X", port);
        for (String line : table.subList(Math.min(1, table.size()), table.size())) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > 9 && fields[1].endsWith(":" + hexPort) && fields[3].equals(LISTEN)) {
                return Optional.of(fields[9]);
            }
        }
        return Optional.empty();
    }

    private OptionalLong pidHolding(String socket) {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path process : processes) {
                if (holds(process.resolve("fd"), socket)) {
                    return OptionalLong.of(Long.parseLong(process.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    private static boolean holds(Path descriptors, String socket) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(descriptors)) {
            for (Path fd : fds) {
                if (socket.equals(readLink(fd))) {
                    return true;
                }
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return false;
    }

    private static String readLink(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
