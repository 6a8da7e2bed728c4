package org.passage.bench.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.passage.bench.JitWarmUp;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.Username;
import org.passage.security.ApiKeys;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.Watchlists;
import org.passage.bench.watchlists.ServerCpu;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What {@code passage bench api} runs inside the started application: imports the OFAC SDN list (a no-op when the
 * same file is already live), waits until the screening index answers for it, issues API keys for a disabled
 * benchmark account, and times /api/match over loopback. Queries are names of the list written another way (parts
 * in another order, lower case) and, for half of them, names made of parts of two different entries. Prints what a
 * request costs in CPU and who spent it ({@link ThreadCpu}): the client runs on the same two cores as the server.
 */
@Component
public final class ApiBenchmark {

    static final String LIST = "bench-ofac-sdn";
    private static final String ORGANIZATION = "API benchmark";

    private final Watchlists watchlists;
    private final Organizations organizations;
    private final StaffDirectory staff;
    private final ApiKeys keys;
    private final Environment environment;
    private final ServerCpu databaseCpu;
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    ApiBenchmark(Watchlists watchlists, Organizations organizations, StaffDirectory staff, ApiKeys keys, Environment environment, JdbcClient jdbc) {
        this.databaseCpu = new ServerCpu(jdbc);
        this.watchlists = watchlists;
        this.organizations = organizations;
        this.staff = staff;
        this.keys = keys;
        this.environment = environment;
    }

    /** How the benchmark sends: over one kept-alive socket per client (cheap, the default), or with the JDK's HttpClient. */
    public enum ClientKind { PLAIN, JDK }

    /** One client's way of sending a body and checking it was answered with 200. */
    private interface Client extends AutoCloseable {
        void send(String body) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    private Client client(ClientKind kind, URI uri, String key) throws java.io.IOException {
        if (kind == ClientKind.JDK) {
            return body -> send(uri, key, body);
        }
        var connection = new KeptAliveConnection(uri, "ApiKey " + key);
        return new Client() {
            @Override
            public void send(String body) throws Exception {
                var answer = connection.post(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (answer.status() != 200) {
                    throw new IllegalStateException("HTTP " + answer.status() + ": " + new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }

            @Override
            public void close() throws Exception {
                connection.close();
            }
        };
    }

    /** Requests of one warm-up pass from two clients, and at most so many passes. */
    private static final int WARM_UP_PASS = 1_000;
    private static final int MAX_WARM_UP_PASSES = 20;

    /**
     * Imports the list, waits for the index, sends {@code warmUp} requests unmeasured, then more from two clients until the JIT is
     * quiet (a server's steady state is what counts), then times {@code requests} sequential requests and as many from 2 clients.
     */
    public int run(Path sdn, int requests, int warmUp, ClientKind kind) throws Exception {
        long t0 = System.nanoTime();
        var report = watchlists.importVersion(new ImportRequest(LIST, ImportFormat.OFAC_JSON, sdn, null), ImportProgress.NONE);
        System.out.printf(Locale.ROOT, "List %s: version %d, %,d entities (%s, %.1f s)%n", LIST, report.version(), report.entities(),
                report.outcome(), (System.nanoTime() - t0) / 1e9);
        List<String> names = new ArrayList<>();
        watchlists.forEachLiveEntry(Set.of(LIST), entry -> names.add(entry.entity().caption()));
        URI uri = URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/api/match/" + LIST);
        String warmKey = key("warm-up");
        long t1 = System.nanoTime();
        while (!answers(uri, warmKey, names.getFirst())) {
            if (System.nanoTime() - t1 > 600e9) {
                System.err.println("The screening index did not take the list within 10 minutes");
                return 1;
            }
            Thread.sleep(200);
        }
        System.out.printf(Locale.ROOT, "Index answers for the list after %.1f s%n", (System.nanoTime() - t1) / 1e9);
        List<String> bodies = bodies(names, Math.max(requests, warmUp));
        // the two client threads live until the CPU they spent is read: a thread that has ended can no longer be asked
        ExecutorService clientThreads = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("bench-client-", 1).factory());
        long w0 = System.nanoTime();
        try (Client warming = client(kind, uri, warmKey)) {
            for (int i = 0; i < warmUp; i++) {
                warming.send(bodies.get(i));
            }
        }
        // then from two clients until the JIT is quiet (at most 20 passes), each pass with a key of its own: a key's
        // and an organization's screening per minute are limited
        var warm = JitWarmUp.untilQuiet(MAX_WARM_UP_PASSES, pass -> {
            String passKey = key("warm-up " + pass);
            try (Client a = client(kind, uri, passKey); Client b = client(kind, uri, passKey)) {
                fromTwoClients(clientThreads, a, b, bodies, WARM_UP_PASS);
            }
        });
        System.out.printf(Locale.ROOT, "Warm-up: %,d requests in %.1f s (the JIT compiled %.0f %% of the last pass's time); client: %s%n",
                warmUp + warm.passes() * WARM_UP_PASS, (System.nanoTime() - w0) / 1e9, 100 * warm.compiling(),
                kind == ClientKind.PLAIN ? "one kept-alive socket per client" : "the JDK's HttpClient");
        String sequentialKey = key("sequential");
        double[] millis = new double[requests];
        Cpu sequentialCpu;
        long s0;
        try (Client sequential = client(kind, uri, sequentialKey)) {
            sequentialCpu = new Cpu();
            s0 = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                sequential.send(bodies.get(i));
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        double sequentialSeconds = (System.nanoTime() - s0) / 1e9;
        double[] sequentialCpuMillis = sequentialCpu.perRequest(requests);
        Arrays.sort(millis);
        String parallelKey = key("parallel");
        List<Client> clients = List.of(client(kind, uri, parallelKey), client(kind, uri, parallelKey));
        Cpu parallelCpu = new Cpu();
        long p0 = System.nanoTime();
        fromTwoClients(clientThreads, clients.get(0), clients.get(1), bodies, requests);
        double parallelSeconds = (System.nanoTime() - p0) / 1e9;
        double[] parallelCpuMillis = parallelCpu.perRequest(requests);
        clientThreads.shutdown();
        for (Client c : clients) {
            c.close();
        }
        System.out.printf(Locale.ROOT, "Load average: %.1f on %d processors%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.println("| list | entities | requests | sequential p50 / p99 / max | sequential q/s | 2 clients q/s |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| OFAC SDN JSON 2026-08-20 | %,d | %,d | %.2f / %.2f / %.2f ms | %,.0f | %,.0f |%n", names.size(), requests,
                percentile(millis, 0.50), percentile(millis, 0.99), millis[millis.length - 1], requests / sequentialSeconds,
                requests / parallelSeconds);
        // on a busy machine wall time mostly measures waiting for a core: what a request costs in CPU is steadier
        System.out.printf(Locale.ROOT, "CPU per request, JVM (server and client) + PostgreSQL: sequential %.2f + %.2f ms, 2 clients %.2f + %.2f ms;"
                        + " 2 cores fully used by this would serve %,.0f requests/s%n", sequentialCpuMillis[0], sequentialCpuMillis[1],
                parallelCpuMillis[0], parallelCpuMillis[1], 2 * 1000 / (parallelCpuMillis[0] + parallelCpuMillis[1]));
        split("sequential", sequentialCpu);
        split("2 clients ", parallelCpu);
        return 0;
    }

    /** Where a request's CPU went, and what the server alone (without this benchmark's client) would serve on 2 cores. */
    private static void split(String phase, Cpu cpu) {
        var jvm = cpu.split;
        double database = cpu.databaseMillis;
        double server = jvm.entrySet().stream().filter(e -> e.getKey() != ThreadCpu.Spender.CLIENT).mapToDouble(Map.Entry::getValue).sum();
        System.out.printf(Locale.ROOT, "  %s ms per request: client %.2f | server: request threads %.2f, audit writer %.2f, Tomcat's poller %.2f,"
                        + " other threads %.2f, GC and JIT %.2f | PostgreSQL %.2f → server + PostgreSQL %.2f ms: %,.0f requests/s on 2 cores"
                        + " without the client%n", phase, jvm.get(ThreadCpu.Spender.CLIENT), jvm.get(ThreadCpu.Spender.REQUESTS),
                jvm.get(ThreadCpu.Spender.AUDIT_WRITER), jvm.get(ThreadCpu.Spender.CONNECTIONS), jvm.get(ThreadCpu.Spender.OTHER_THREADS),
                jvm.get(ThreadCpu.Spender.OTHER), database, server + database, 2 * 1000 / (server + database));
    }

    /** CPU time of this JVM (all threads: the server's and the benchmark client's) and of the PostgreSQL server since it was made. */
    private final class Cpu {
        private final long jvm = os.getProcessCpuTime();
        private final double database = databaseCpu.seconds();
        private final ThreadCpu threads = new ThreadCpu();
        private java.util.Map<ThreadCpu.Spender, Double> split = java.util.Map.of();
        private double databaseMillis;

        /** Milliseconds per request: [0] the JVM, [1] PostgreSQL; also keeps the JVM's split by thread. */
        double[] perRequest(int requests) {
            split = threads.perRequest(requests);
            databaseMillis = (databaseCpu.seconds() - database) * 1000 / requests;
            return new double[] {(os.getProcessCpuTime() - jvm) / 1e6 / requests, databaseMillis};
        }
    }

    private static List<String> bodies(List<String> names, int count) {
        Random r = new Random(42);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] a = names.get(r.nextInt(names.size())).split("[ ,]+");
            String name;
            if (i % 2 == 0) {
                java.util.Collections.rotate(Arrays.asList(a), 1);
                name = String.join(" ", a).toLowerCase(Locale.ROOT);
            } else {
                String[] b = names.get(r.nextInt(names.size())).split("[ ,]+");
                name = a[0] + " " + b[b.length - 1];
            }
            out.add("{\"queries\": {\"q\": {\"schema\": \"LegalEntity\", \"properties\": {\"name\": [" + quote(name) + "]}}}}");
        }
        return out;
    }

    private int waits;

    /**
     * A key of a disabled benchmark account in an organization of its own: the screening allowance is counted per key
     * and per organization (6,000 and 12,000 units a minute), and one phase of the benchmark sends more than that.
     */
    private String key(String phase) {
        String suffix = phase + " " + System.currentTimeMillis() % 1_000_000_000L;
        var org = organizations.create(ORGANIZATION + " " + suffix);
        var account = staff.add(org.id(), new Username("api-bench-" + suffix.replaceAll("[^a-z0-9]+", "-")), "API benchmark",
                EnumSet.of(Role.ORG_ADMIN));
        staff.setDisabled(account.id(), true);
        return keys.create(org.id(), account.id(), "bench api " + phase, 1).secret();
    }

    private boolean answers(URI uri, String key, String name) throws Exception {
        var response = http.send(request(uri, key, "{\"queries\": {\"q\": {\"schema\": \"LegalEntity\", \"properties\": {\"name\": ["
                + quote(name) + "]}}}}"), HttpResponse.BodyHandlers.ofString());
        boolean ready = response.statusCode() == 200 && response.body().contains("\"results\":[{");
        if (!ready && ++waits % 50 == 0) {
            System.out.println("  waiting for the index: HTTP " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(160, response.body().length())));
        }
        return ready;
    }

    private void send(URI uri, String key, String body) throws Exception {
        var response = http.send(request(uri, key, body), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static HttpRequest request(URI uri, String key, String body) {
        return HttpRequest.newBuilder(uri).header("Authorization", "ApiKey " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The first {@code count} bodies (round the list) sent from two clients at once, alternately, on the two client threads. */
    private static void fromTwoClients(ExecutorService threads, Client a, Client b, List<String> bodies, int count) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (Client sending : List.of(a, b)) {
            int first = futures.size();
            futures.add(threads.submit(() -> {
                for (int i = first; i < count; i += 2) {
                    sending.send(bodies.get(i % bodies.size()));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
