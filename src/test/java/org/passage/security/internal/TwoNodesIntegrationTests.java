package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passage.cases.Cases;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.security.ApiKeys;
import org.passage.support.ActingStaff;
import org.passage.support.LoopbackProxy;
import org.passage.support.PassageIntegrationTest;
import org.passage.organizations.StaffDirectory;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two app nodes on one PostgreSQL behind a small round-robin proxy, as separate processes on loopback: a staff
 * member logs in across both (the CSRF token made on one node is checked on the other), one node is killed and he
 * stays logged in on the other; a missed check-in is raised and escalated exactly once while both nodes sweep; a
 * list imported elsewhere (this JVM, a third node) is searchable on a node at once and re-screened by one node.
 */
@PassageIntegrationTest(properties = "passage.checkins.sweep-every=PT24H")
@DirtiesContext
@Import(LoginFixtures.class)
class TwoNodesIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Cases cases;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    Watchlists watchlists;
    @Autowired
    ApiKeys apiKeys;

    private final List<Process> nodes = new ArrayList<>();
    private LoopbackProxy proxy;

    @AfterEach
    void stop() throws Exception {
        for (Process node : nodes) {
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void twoNodesShareSessionsScheduledWorkAndListVersions() throws Exception {
        String organization = "Nodes " + UUID.randomUUID();
        UUID org = organizations.create(organization).id();
        var coordinator = fixtures.account(org, Role.COORDINATOR);
        var staff = new ActingStaff(organizations, directory, jdbc);
        var scheduler = staff.member(org, Role.COORDINATOR);
        var missed = cases.openForApplicant(org, "Тестов Узел").id();
        mvc.perform(post("/checkins/cases/" + missed + "/schedule").param("hours", "24").with(csrf()).with(ActingStaff.as(scheduler)));
        // due 61 minutes ago: one minute past the hour of grace, so level 1 now and level 2 five seconds later
        jdbc.sql("update checkin_schedules set next_due_at = now() - interval '61 minutes' where case_id = ?").param(missed.value()).update();
        var listed = cases.openForApplicant(org, "Щербаков Александр Юрьевич").id();
        String key = apiKeys.create(org, null, "two nodes", 1).secret();

        long started = System.nanoTime();
        var a = start("a", organization);
        var b = start("b", organization);
        awaitUp(a);
        awaitUp(b);
        double upSeconds = seconds(started);
        long sweeping = System.nanoTime(); // both nodes sweep from here on
        proxy = LoopbackProxy.start(List.of(a.port(), b.port()));

        // the login's four requests alternate between the nodes: each step reads what the other node wrote
        var browser = new Browser(proxy.port());
        browser.login(coordinator.username(), LoginFixtures.PASSWORD, coordinator);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(proxy.connectionsTo(a.port())).isPositive();
        assertThat(proxy.connectionsTo(b.port())).isPositive();

        // the missed check-in: both nodes sweep every second; exactly one alert, raised once and escalated once
        awaitTrue(Duration.ofSeconds(60), () -> level(missed.value()) == 2);
        double escalatedSeconds = seconds(sweeping);

        a.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long killed = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            var page = browser.get("/");
            assertThat(page.statusCode()).as("still logged in after node a died").isEqualTo(200);
            assertThat(page.body()).doesNotContain("name=\"password\"");
        }
        double failoverSeconds = seconds(killed);
        Thread.sleep(3000);
        assertThat(jdbc.sql("select count(*) from checkin_alerts where case_id = ?").param(missed.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(level(missed.value())).isEqualTo(2);
        Map<String, Long> acts = jdbc.sql("select action, count(*) n from audit_event where record_id = ? and action like 'checkin.alert.%' group by action")
                .param(missed.toString()).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(acts).containsEntry("checkin.alert.raise", 1L).containsEntry("checkin.alert.escalate", 1L);

        // a list imported by a third process: node b hears of it and answers from it within seconds, not a minute
        assertThat(match(b.port(), key)).doesNotContain("test-shcherbakov");
        Path file = Path.of(getClass().getResource("/org/passage/screening/web/sanctions-v1.ftm.json").toURI());
        watchlists.importVersion(new ImportRequest("nodes-list", ImportFormat.FTM, file, null), ImportProgress.NONE);
        long imported = System.nanoTime();
        awaitTrue(Duration.ofSeconds(20), () -> match(b.port(), key).contains("test-shcherbakov"));
        double heardSeconds = seconds(imported);
        awaitTrue(Duration.ofSeconds(60), () -> jdbc.sql("select count(*) from screening_run where list = 'nodes-list' and finished_at is not null")
                .query(Long.class).single() == 1);
        assertThat(jdbc.sql("select count(*) from screening_alert where case_id = ? and list = 'nodes-list'").param(listed.value())
                .query(Long.class).single()).as("re-screened once, by one node").isEqualTo(1);
        // the figures of the run, for docs/nodes.md: they are printed, never asserted
        System.out.printf(java.util.Locale.ROOT, "two nodes: both up in %.1f s; login and pages through the proxy: %d connections to a, %d to b; "
                        + "missed check-in raised and escalated once within %.1f s of both nodes up (login included); 4 of 4 pages answered within %.2f s of killing a; "
                        + "list imported elsewhere answered by b after %.2f s%n",
                upSeconds, proxy.connectionsTo(a.port()), proxy.connectionsTo(b.port()), escalatedSeconds, failoverSeconds, heardSeconds);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private int level(UUID caseId) {
        return jdbc.sql("select coalesce(max(level), 0) from checkin_alerts where case_id = ?").param(caseId).query(Integer.class).single();
    }

    private static String match(int port, String key) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/match/default"))
                    .header("Authorization", "ApiKey " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"queries": {"q": {"schema": "Person", "properties": {"name": ["Shcherbakov Aleksandr Yurievich"]}}}}"""))
                    .timeout(Duration.ofSeconds(20)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    record Node(Process process, int port) {
    }

    private Node start(String name, String intakeOrganization) throws IOException {
        var pool = (HikariDataSource) dataSource;
        int port = LoopbackProxy.freePort();
        Path log = Files.createDirectories(Path.of("target/two-nodes")).resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dpassage.db.url=" + pool.getJdbcUrl(), "-Dpassage.db.user=" + pool.getUsername(), "-Dpassage.db.password=" + pool.getPassword(),
                "-Dpassage.data-dir=" + Path.of("target/test-data").toAbsolutePath(),
                "-Dpassage.keys-dir=" + Path.of("target/test-data-keys").toAbsolutePath(),
                "-Dpassage.checkins.sweep-every=PT1S", "-Dpassage.datasets.refresh=off", "-Dlogging.level.root=WARN",
                "-Dpassage.intake.organization=" + intakeOrganization,
                "-Dpassage.checkins.levels[0].audience=caseworker", "-Dpassage.checkins.levels[0].after=PT0S",
                "-Dpassage.checkins.levels[1].audience=coordinator", "-Dpassage.checkins.levels[1].after=PT5S",
                "-Dpassage.checkins.levels[2].audience=on-call", "-Dpassage.checkins.levels[2].after=PT1H",
                "org.passage.PassageApplication", "serve", "--port", String.valueOf(port)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var node = new Node(process, port);
        nodes.add(process);
        return node;
    }

    private static void awaitUp(Node node) throws Exception {
        awaitTrue(Duration.ofSeconds(180), () -> {
            if (!node.process().isAlive()) {
                throw new IllegalStateException("node on port " + node.port() + " exited: see target/two-nodes");
            }
            try {
                var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/login"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                return answer.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    private static void awaitTrue(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited " + limit).isBefore(end);
            Thread.sleep(250);
        }
    }

    /** A client that keeps the session cookie itself (it is Secure, and this is plain http on loopback) and opens a new connection per request. */
    private static final class Browser {
        private final int port;
        private String cookie = "";

        Browser(int port) {
            this.port = port;
        }

        void login(String username, String password, LoginFixtures.Account account) throws Exception {
            String token = csrf(get("/login").body());
            var afterPassword = post("/login", Map.of("username", username, "password", password, "_csrf", token));
            assertThat(afterPassword.headers().firstValue("Location").orElse("")).endsWith("/login/totp");
            token = csrf(get("/login/totp").body());
            var afterCode = post("/login/totp", Map.of("code", account.code(), "_csrf", token));
            assertThat(afterCode.headers().firstValue("Location").orElse("")).as("logged in").matches(".*:\\d+/?$|^/$");
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookie.isEmpty()) {
                request.header("Cookie", "PASSAGE_SESSION=" + cookie);
            }
            // a client of its own per request: a new connection, so the proxy's round robin reaches both nodes
            try (var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
                var answer = client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PASSAGE_SESSION="))
                        .forEach(c -> cookie = c.substring("PASSAGE_SESSION=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
                return answer;
            }
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private static String csrf(String page) {
            Matcher m = CSRF.matcher(page);
            assertThat(m.find()).as("a CSRF token on the page").isTrue();
            return m.group(1);
        }
    }
}
