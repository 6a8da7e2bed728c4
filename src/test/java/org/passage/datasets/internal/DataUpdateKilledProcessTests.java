package org.passage.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.PassageApplication;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * kill -9 during {@code passage data update}, as a real process: the command runs in a JVM of its own against a
 * publisher on 127.0.0.1 that stalls mid-file, is killed with SIGKILL, and run again. Throughout, the live folder
 * holds the previous version whole and dataset_versions records no half version; the second run resumes the
 * download with a Range request, and the new version goes live with its list imported.
 */
@PassageIntegrationTest
class DataUpdateKilledProcessTests {

    static final String DATASET = "un-sc-consolidated";
    static final String FILE = "UN_consolidated_2026-02-27.xml";
    static final String ORIGIN_PATH = "/resources/xml/en/consolidated.xml";

    @Autowired
    DataSource dataSource;

    @TempDir
    Path work;

    private String database;
    private String url;
    private PublishersOnLoopback publishers;

    @BeforeEach
    void ownDatabase() throws Exception {
        database = "killed_" + UUID.randomUUID().toString().replace("-", "");
        url = ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("/[^/]+$", "/" + database);
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("create database " + database);
        }
    }

    @AfterEach
    void dropIt() throws Exception {
        if (publishers != null) {
            publishers.close();
        }
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void killedMidFileThenRunAgainResumesAndNothingIsHalfRecorded() throws Exception {
        // version 1 from a folder; version 2 (one name changed, padded to 3 MB) at the publisher, which stalls after 1 MB
        String excerpt = excerpt();
        String padding = "\n<!-- " + "padding so that the file is large enough to stall in the middle ".repeat(48_000) + "-->\n";
        byte[] first = (excerpt + padding).getBytes(StandardCharsets.UTF_8);
        byte[] second = (excerpt.replace("<FIRST_NAME>SADDAM</FIRST_NAME>", "<FIRST_NAME>SADDAM X</FIRST_NAME>") + padding)
                .getBytes(StandardCharsets.UTF_8);
        Path folder = work.resolve("folder");
        Files.createDirectories(folder.resolve(DATASET));
        Files.write(folder.resolve(DATASET).resolve(FILE), first);
        Path published = work.resolve("published");
        Files.createDirectories(published.resolve(DATASET));
        Files.write(published.resolve(DATASET).resolve(FILE), second);
        publishers = new PublishersOnLoopback(published, Catalogue.ALL);
        Path store = work.resolve("store");
        Path liveFile = store.resolve("live").resolve(DATASET).resolve(FILE);
        Path part = store.resolve("downloads").resolve(DATASET).resolve(FILE + ".part");

        Run loaded = run(List.of("--only", DATASET, "--from", folder.toString()));
        assertThat(loaded.exit()).as(loaded.output()).isZero();
        assertThat(versions()).containsExactly("LIVE");
        String v1 = sha256();

        publishers.stall(ORIGIN_PATH, 1 << 20);
        Process killed = start(List.of("--only", DATASET), work.resolve("killed.log"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!(Files.exists(part) && Files.size(part) >= 1 << 20) && System.nanoTime() < deadline && killed.isAlive()) {
            assertThat(Files.readAllBytes(liveFile)).as("the live version is whole while the next one downloads").isEqualTo(first);
            Thread.sleep(100);
        }
        assertThat(Files.exists(part) && Files.size(part) >= 1 << 20).as("stalled mid-file: " + Files.readString(work.resolve("killed.log"))).isTrue();
        killed.destroyForcibly(); // SIGKILL
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long kept = Files.size(part);

        assertThat(Files.readAllBytes(liveFile)).isEqualTo(first);
        assertThat(versions()).as("the killed run recorded nothing").containsExactly("LIVE");
        assertThat(sha256()).isEqualTo(v1);

        publishers.heal();
        Run resumed = run(List.of("--only", DATASET));
        assertThat(resumed.exit()).as(resumed.output()).isZero();
        assertThat(publishers.requests).contains(ORIGIN_PATH + " bytes=" + kept + "-");
        assertThat(Files.readAllBytes(liveFile)).isEqualTo(second);
        assertThat(part).doesNotExist();
        assertThat(versions()).containsExactlyInAnyOrder("LIVE", "SUPERSEDED");
        assertThat(sha256()).isNotEqualTo(v1);
        assertThat(query("select v.dataset_version from watchlist_versions v join watchlists w on w.id = v.watchlist_id"
                + " where w.name = 'un-sc' and v.status = 'live'")).singleElement().asString()
                .startsWith(DATASET + " ").endsWith(sha256().substring(0, 8));
    }

    private record Run(int exit, String output) {
    }

    private Run run(List<String> arguments) throws Exception {
        Path log = work.resolve("run-" + UUID.randomUUID() + ".log");
        Process process = start(arguments, log);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("data update finished").isTrue();
        return new Run(process.exitValue(), Files.readString(log));
    }

    /** {@code passage data update ARGS} in a JVM of its own, on this test's PostgreSQL server and its own database. */
    private Process start(List<String> arguments, Path log) throws IOException {
        HikariDataSource pool = (HikariDataSource) dataSource;
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--sun-misc-unsafe-memory-access=allow", "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                "-Dpassage.db.url=" + url, "-Dpassage.db.user=" + pool.getUsername(), "-Dpassage.db.password=" + pool.getPassword(),
                "-Dpassage.data-dir=" + work.resolve("data"), "-Dpassage.keys-dir=" + work.resolve("keys"), "-Dpassage.datasets.store=" + work.resolve("store"),
                "-Dpassage.datasets.publishers=" + publishers.base(), "-Dpassage.datasets.read-timeout=120s",
                PassageApplication.class.getName(), "data", "update"));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private List<String> versions() throws SQLException {
        return query("select status from dataset_versions where dataset = '" + DATASET + "'");
    }

    private String sha256() throws SQLException {
        return query("select sha256 from dataset_versions where dataset = '" + DATASET + "' and status = 'LIVE'").getFirst();
    }

    private List<String> query(String sql) throws SQLException {
        HikariDataSource pool = (HikariDataSource) dataSource;
        try (Connection c = DriverManager.getConnection(url, pool.getUsername(), pool.getPassword());
             var rs = c.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    private static String excerpt() throws IOException {
        try (InputStream in = DataUpdateKilledProcessTests.class.getResourceAsStream("/watchlists/un-consolidated-excerpt.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
