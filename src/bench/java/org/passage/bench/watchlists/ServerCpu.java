package org.passage.bench.watchlists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU seconds used so far by the PostgreSQL server and all its processes (Linux /proc), so the import benchmark
 * (and the API benchmark) can say what an import costs on a machine shared with other work, where wall time mostly measures waiting.
 * Gives 0 when the server is not a local process (an external database) or /proc is missing.
 */
public final class ServerCpu {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final JdbcClient jdbc;

    public ServerCpu(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public double seconds() {
        try {
            long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
            long postmaster = Long.parseLong(stat(backend)[1]);
            long ticks = 0;
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path p : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    try {
                        String[] fields = stat(Long.parseLong(p.getFileName().toString()));
                        if (Long.parseLong(fields[1]) == postmaster) {
                            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                        }
                    } catch (IOException | RuntimeException e) {
                        // the process ended meanwhile
                    }
                }
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The fields of /proc/PID/stat after the command name: [0] state, [1] parent pid, [11] utime, [12] stime. */
    private static String[] stat(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }
}
