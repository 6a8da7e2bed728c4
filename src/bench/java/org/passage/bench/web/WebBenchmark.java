package org.passage.bench.web;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.Username;
import org.passage.security.StaffAccounts;
import org.passage.security.TotpCodes;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What {@code passage bench web} runs inside the started application: opens one coordinator account per session in
 * the demo organization, logs each in through the real steps (one-time password, new password, authenticator
 * enrolment with the code of the key the page shows), each from an address of its own on the loopback network
 * (127.0.1.N), as staff on their own machines, so the per-address login limits apply to each as to a person. Then
 * every session walks the start page, the case list, a case page and its vetting page for a bounded time, and the
 * latencies are reported per page and in all. The benchmark's accounts are disabled at the end.
 */
@Component
public final class WebBenchmark {

    static final String ORGANIZATION = "Ark Demo";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern CASE = Pattern.compile("href=\"/cases/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");

    enum Page { HOME, CASE_LIST, CASE, VETTING }

    private final Organizations organizations;
    private final StaffAccounts accounts;
    private final StaffDirectory staff;
    private final Environment environment;

    WebBenchmark(Organizations organizations, StaffAccounts accounts, StaffDirectory staff, Environment environment) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.staff = staff;
        this.environment = environment;
    }

    public int run(int sessions, int seconds) throws Exception {
        return run(sessions, seconds, 0, 10);
    }

    /**
     * {@code thinkMillis}: a pause between two pages of a session (0: a closed loop, each session asks for its next
     * page as soon as it has the last one); each pause is drawn between half and one and a half times it, so that
     * sessions do not march in step. {@code warmUpSeconds}: the sessions first walk that long unmeasured, so that
     * the figures are those of a running server (compiled code, the territory and map layers loaded), not of its start.
     */
    public int run(int sessions, int seconds, int thinkMillis, int warmUpSeconds) throws Exception {
        var org = organizations.findByName(ORGANIZATION).orElse(null);
        if (org == null) {
            System.err.println("No organization \"" + ORGANIZATION + "\": the demo data is missing");
            return 1;
        }
        URI base = URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"));
        String stamp = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
        List<Session> all = new ArrayList<>();
        List<java.util.UUID> opened = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < sessions; i++) {
                var account = accounts.open(org.id(), new Username("bench-web-" + stamp + "-" + i), "Web benchmark " + (i + 1), Set.of(Role.COORDINATOR));
                opened.add(account.member().id());
                var session = new Session(base, InetAddress.getByAddress(new byte[] {127, 0, 1, (byte) (i + 1)}), new Random(i));
                session.logIn(account.member().username().value(), account.oneTimePassword());
                all.add(session);
            }
            System.out.printf(Locale.ROOT, "%d sessions logged in through the real login steps in %.1f s%n", sessions, (System.nanoTime() - t0) / 1e9);
            List<String> cases = all.getFirst().cases();
            if (cases.isEmpty()) {
                System.err.println("The case list of " + ORGANIZATION + " shows no case: the demo data is missing");
                return 1;
            }
            if (warmUpSeconds > 0) {
                AtomicLong warmUpErrors = new AtomicLong();
                ConcurrentLinkedQueue<String> firstWarmUpErrors = new ConcurrentLinkedQueue<>();
                walk(all, cases, warmUpSeconds, thinkMillis, null, warmUpErrors, firstWarmUpErrors);
                System.out.printf(Locale.ROOT, "Warmed up for %d s (not measured), %d errors%n", warmUpSeconds, warmUpErrors.get());
                firstWarmUpErrors.forEach(e -> System.out.println("  warm-up error: " + e));
            }
            Map<Page, ConcurrentLinkedQueue<Double>> timings = new EnumMap<>(Page.class);
            for (Page page : Page.values()) {
                timings.put(page, new ConcurrentLinkedQueue<>());
            }
            AtomicLong errors = new AtomicLong();
            ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            walk(all, cases, seconds, thinkMillis, timings, errors, firstErrors);
            long cpu = os.getProcessCpuTime() - cpu0;
            double walked = (System.nanoTime() - w0) / 1e9;
            report(sessions, walked, thinkMillis, timings, errors.get(), firstErrors, cpu);
            return errors.get() == 0 ? 0 : 1;
        } finally {
            opened.forEach(id -> staff.setDisabled(id, true));
        }
    }

    /** Every session walks start page, case list, a case and its vetting page until the time is up; timed when {@code timings} is given. */
    private static void walk(List<Session> all, List<String> cases, int seconds, int thinkMillis,
                             @org.jspecify.annotations.Nullable Map<Page, ConcurrentLinkedQueue<Double>> timings, AtomicLong errors,
                             ConcurrentLinkedQueue<String> firstErrors) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> walks = new ArrayList<>();
            for (Session session : all) {
                walks.add(threads.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        String id = cases.get(session.random.nextInt(cases.size()));
                        for (var step : List.of(Map.entry(Page.HOME, "/"), Map.entry(Page.CASE_LIST, "/cases"),
                                Map.entry(Page.CASE, "/cases/" + id), Map.entry(Page.VETTING, "/cases/" + id + "/vetting"))) {
                            if (thinkMillis > 0) {
                                Thread.sleep(thinkMillis / 2 + session.random.nextInt(thinkMillis + 1));
                            }
                            long t = System.nanoTime();
                            try {
                                int status = session.status(step.getValue());
                                if (status != 200) {
                                    errors.incrementAndGet();
                                    if (firstErrors.size() < 5) {
                                        firstErrors.add("HTTP " + status + " " + step.getValue());
                                    }
                                }
                            } catch (IOException e) {
                                errors.incrementAndGet();
                                if (firstErrors.size() < 5) {
                                    firstErrors.add(e.getClass().getSimpleName() + " " + step.getValue());
                                }
                            }
                            if (timings != null) {
                                timings.get(step.getKey()).add((System.nanoTime() - t) / 1e6);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> walk : walks) {
                walk.get();
            }
        }
    }

    private static void report(int sessions, double seconds, int thinkMillis, Map<Page, ConcurrentLinkedQueue<Double>> timings, long errors,
                               Iterable<String> firstErrors, long cpuNanos) {
        System.out.printf(Locale.ROOT, "Load average: %.1f on %d processors%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.println("| page | requests | p50 | p95 | p99 | max |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        List<Double> everything = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        names.put("HOME", "start page /");
        names.put("CASE_LIST", "case list /cases");
        names.put("CASE", "case page /cases/{id}");
        names.put("VETTING", "vetting page /cases/{id}/vetting");
        for (var entry : timings.entrySet()) {
            everything.addAll(entry.getValue());
            row(names.get(entry.getKey().name()), entry.getValue().stream().mapToDouble(Double::doubleValue).toArray());
        }
        double[] all = everything.stream().mapToDouble(Double::doubleValue).toArray();
        row("all", all);
        System.out.printf(Locale.ROOT, "%d sessions for %.0f s (%s): %,d requests, %,.1f requests/s, %d errors%n", sessions, seconds,
                thinkMillis == 0 ? "closed loop, no think time" : "think time " + thinkMillis + " ms ± 50 %", all.length, all.length / seconds, errors);
        // the server and this client share the JVM (PostgreSQL's own CPU is not in it)
        System.out.printf(Locale.ROOT, "CPU of the JVM (server and benchmark client): %.1f ms per request%n",
                all.length == 0 ? 0.0 : cpuNanos / 1e6 / all.length);
        firstErrors.forEach(e -> System.out.println("  error: " + e));
    }

    private static void row(String name, double[] millis) {
        Arrays.sort(millis);
        if (millis.length == 0) {
            System.out.printf(Locale.ROOT, "| %s | 0 | – | – | – | – |%n", name);
            return;
        }
        System.out.printf(Locale.ROOT, "| %s | %,d | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n", name, millis.length, percentile(millis, 0.50),
                percentile(millis, 0.95), percentile(millis, 0.99), millis[millis.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }

    /**
     * A browser's cookie jar for one site on the loopback address: a browser treats http://127.0.0.1 as a secure
     * context and sends the session cookie marked Secure, which the JDK's CookieManager would keep back over http.
     */
    private static final class LoopbackCookies extends CookieHandler {
        private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList())));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String value : values) {
                        for (HttpCookie cookie : HttpCookie.parse(value)) {
                            if (cookie.getMaxAge() == 0) {
                                cookies.remove(cookie.getName());
                            } else {
                                cookies.put(cookie.getName(), cookie.getValue());
                            }
                        }
                    }
                }
            });
        }
    }

    /** One member of staff in a browser: cookies, and an address of her own. */
    private static final class Session {
        private final URI base;
        private final HttpClient http;
        final Random random;

        Session(URI base, InetAddress address, Random random) {
            this.base = base;
            this.random = random;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).localAddress(address)
                    .cookieHandler(new LoopbackCookies()).followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        }

        /** The status of a page; its body is read and thrown away, as cheaply as the client can. */
        int status(String path) throws IOException {
            try {
                return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        HttpResponse<String> get(String path) throws IOException {
            try {
                return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        private HttpResponse<String> post(String path, String csrf, String... fields) throws IOException {
            StringBuilder form = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            for (int i = 0; i < fields.length; i += 2) {
                form.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            try {
                return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        /** One-time password, a new password, the authenticator enrolled with the key the page shows: logged in. */
        void logIn(String username, String oneTimePassword) throws IOException {
            var page = post("/login", find(CSRF, get("/login"), "the login form"), "username", username, "password", oneTimePassword);
            String password = "bench-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            page = post("/login/password", find(CSRF, page, "the new-password form"), "password", password, "confirmation", password);
            String secret = find(SECRET, page, "the enrolment page's key").replace(" ", "");
            page = post("/login/totp/enrol", find(CSRF, page, "the enrolment form"), "code", TotpCodes.current(secret, Instant.now()));
            if (page.statusCode() != 200 || !page.uri().getPath().equals("/")) {
                throw new IllegalStateException("login of " + username + " did not reach the start page: HTTP " + page.statusCode() + " " + page.uri());
            }
        }

        List<String> cases() throws IOException {
            Matcher m = CASE.matcher(get("/cases").body());
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                if (!ids.contains(m.group(1))) {
                    ids.add(m.group(1));
                }
            }
            return ids;
        }

        private static String find(Pattern pattern, HttpResponse<String> page, String what) {
            Matcher m = pattern.matcher(page.body());
            if (!m.find()) {
                throw new IllegalStateException("no " + what + " on " + page.uri() + " (HTTP " + page.statusCode() + ")");
            }
            return m.group(1);
        }
    }
}
