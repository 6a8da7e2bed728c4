package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * "Never lost on a crash", tested as it is promised: Passage serves /api/match with an API key in a JVM of its own,
 * two clients keep it busy, and the JVM is killed with SIGKILL (no shutdown hook, no flush) while requests are in
 * flight. Started again on the same data folder, the audit trail holds a {@code screening.match} event for every
 * request that had been answered (the group commit acknowledges an event only once PostgreSQL has committed it, and
 * the answer is sent after that), no more events than requests sent, and the hash chain verifies — with changes
 * audited in transactions of their own all the while, so that the group commit's one-statement appends keep finding
 * the chain head moved and fall back to appending under its lock.
 */
class ApiAuditCrashIntegrationTests {

    private static final String BODY = "{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ivan Petrov\"]}}}}";

    @Test
    void everyAnsweredRequestHasItsAuditEventAfterAKillDashNine() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "api-audit-crash");
        Process server = start("serve", dir.toString());
        try {
            Map<String, String> said = readUntil(server, List.of("PORT", "KEY-ID", "KEY"), Duration.ofMinutes(5));
            URI uri = URI.create("http://127.0.0.1:" + said.get("PORT") + "/api/match/default");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "ApiKey " + said.get("KEY")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
                assertThat(System.nanoTime()).as("the index was not ready within 3 minutes").isLessThan(deadline);
                Thread.sleep(200);
            }
            AtomicInteger sent = new AtomicInteger(1);
            AtomicInteger answered = new AtomicInteger(1);
            AtomicBoolean stop = new AtomicBoolean();
            List<Future<?>> clients = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                for (int c = 0; c < 2; c++) {
                    clients.add(pool.submit(() -> {
                        while (!stop.get() && sent.get() < 1_500) {
                            sent.incrementAndGet();
                            try {
                                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                                if (response.statusCode() == 200 && response.body().contains("\"responses\"")) {
                                    answered.incrementAndGet();
                                }
                            } catch (IOException e) {
                                return null; // the server is gone
                            }
                        }
                        return null;
                    }));
                }
                while (answered.get() < 300 && clients.stream().noneMatch(Future::isDone)) {
                    Thread.sleep(5);
                }
                // mid-flight: both clients are waiting for answers now
                server.destroyForcibly();
                assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
                stop.set(true);
            }
            assertThat(server.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            int answeredBeforeTheKill = answered.get();

            Process again = start("count", dir.toString(), said.get("KEY-ID"));
            Map<String, String> counted = readUntil(again, List.of("EVENTS", "CHANGES", "CHAIN"), Duration.ofMinutes(5));
            assertThat(again.waitFor(2, TimeUnit.MINUTES)).isTrue();
            long events = Long.parseLong(counted.get("EVENTS"));
            System.out.printf("kill -9 test: %d requests sent, %d answered before the kill, %d screening.match events after the restart,"
                    + " %s changes audited in between%n", sent.get(), answeredBeforeTheKill, events, counted.get("CHANGES"));
            assertThat(Long.parseLong(counted.get("CHANGES"))).as("changes appended between the API's groups").isPositive();
            assertThat(answeredBeforeTheKill).isGreaterThanOrEqualTo(300);
            assertThat(events).as("an audit event for each of the %d answered requests", answeredBeforeTheKill)
                    .isGreaterThanOrEqualTo(answeredBeforeTheKill).isLessThanOrEqualTo(sent.get());
            assertThat(counted.get("CHAIN")).isEqualTo("OK");
        } finally {
            server.destroyForcibly();
            stopPostgres(dir);
        }
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--sun-misc-unsafe-memory-access=allow", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                ApiAuditCrashServer.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(Path.of(args[1], args[0] + ".err").toFile()).start();
    }

    /** The "NAME value" lines the other JVM prints, once it has printed every one of {@code names}. */
    private static Map<String, String> readUntil(Process process, List<String> names, Duration timeout) throws Exception {
        Map<String, String> values = new HashMap<>();
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> reading = pool.submit(() -> {
                for (String line = reader.readLine(); line != null && !values.keySet().containsAll(names); line = reader.readLine()) {
                    int space = line.indexOf(' ');
                    if (space > 0 && names.contains(line.substring(0, space))) {
                        values.put(line.substring(0, space), line.substring(space + 1));
                    }
                }
                return null;
            });
            reading.get(timeout.toSeconds(), TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(values.keySet()).as("the other JVM printed %s (see its .err file)", names).containsAll(names);
        return values;
    }

    /** The embedded PostgreSQL outlives the killed JVM (as it would in production): stopped here by its process id. */
    private static void stopPostgres(Path dir) throws Exception {
        Path pid = dir.resolve("pg/cluster/postmaster.pid");
        if (Files.exists(pid)) {
            long id = Long.parseLong(Files.readAllLines(pid).getFirst().trim());
            var postmaster = ProcessHandle.of(id);
            if (postmaster.isPresent()) {
                postmaster.get().destroy();
                postmaster.get().onExit().get(60, TimeUnit.SECONDS);
            }
        }
    }
}
