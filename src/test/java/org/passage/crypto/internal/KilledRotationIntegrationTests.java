package org.passage.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.passage.crypto.KeyRotation;
import org.passage.crypto.RotationProgress;
import org.passage.crypto.SealedColumn;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The red team's "a killed key rotation leaves no audit event" (issue 16): a second JVM rotates an organization's data
 * key on this test's database and is killed with SIGKILL after its first batch. The trail must hold the rotation's
 * "started" row, the next start must report it as interrupted, and running the rotation again must finish it.
 */
@PassageIntegrationTest(properties = "passage.data-dir=target/test-data-killed-rotation")
class KilledRotationIntegrationTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    UnfinishedRotations unfinished;
    @Autowired
    KeyRotation rotation;

    @Test
    void aRotationKilledMidwayIsOnTheTrailReportedAtTheNextStartAndFinishedByRunningItAgain() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Killed Rotation");
        for (int i = 0; i < 3; i++) {
            staff.member(org, Role.CASEWORKER); // sealed display names to re-encrypt
        }
        var pool = dataSource.unwrap(HikariDataSource.class);
        String java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Drotation.organization=" + org, KilledRotationProcess.class.getName(),
                "--passage.db.url=" + pool.getJdbcUrl(), "--passage.db.user=" + pool.getUsername(),
                "--passage.db.password=" + pool.getPassword(), "--passage.db.pool-size=2",
                "--passage.data-dir=" + Path.of("target/test-data-killed-rotation").toAbsolutePath(),
                "--passage.keys-dir=" + Path.of("target/test-data-killed-rotation-keys").toAbsolutePath(),
                "--passage.datasets.refresh=off", "--passage.demo.data=target/no-shared-data", "--logging.level.root=WARN")
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        var ready = CompletableFuture.supplyAsync(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.startsWith(KilledRotationProcess.READY)) {
                        return true;
                    }
                }
                return false;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        try {
            assertThat(ready.get(240, TimeUnit.SECONDS)).as("the second JVM started rotating: " + output).isTrue();
        } finally {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in there
            process.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        assertThat(trail(org)).as("started before anything changed, never completed").contains("keys.rotate.data.started SUCCESS")
                .doesNotContain("keys.rotate.data SUCCESS");
        assertThat(pending(org)).isTrue();

        unfinished.run(null); // what the next start does
        assertThat(trail(org)).contains("keys.rotate.data.interrupted FAILED");

        var finished = rotation.rotateDataKey(org, true, 200, new RotationProgress() {
            @Override
            public void note(String message) {
            }

            @Override
            public void reencrypted(SealedColumn column, UUID organization, long done, long total, double valuesPerSecond) {
            }
        });
        assertThat(finished.resumed()).as("resumes under the key the killed run added").isTrue();
        assertThat(finished.unreadable()).isZero();
        assertThat(pending(org)).isFalse();
        assertThat(trail(org)).endsWith("keys.rotate.data SUCCESS");
        int interrupted = count(org, "keys.rotate.data.interrupted");
        unfinished.run(null);
        assertThat(count(org, "keys.rotate.data.interrupted")).as("nothing to report once finished").isEqualTo(interrupted);
        assertThat(directory.inOrganization(org)).hasSize(3).allSatisfy(m -> assertThat(m.displayName()).isEqualTo("Test Person"));
    }

    private List<String> trail(UUID org) {
        return jdbc.sql("select action || ' ' || outcome from audit_event where organization_id = ? and action like 'keys.rotate.data%' order by sequence")
                .param(org).query(String.class).list();
    }

    private int count(UUID org, String action) {
        return jdbc.sql("select count(*) from audit_event where organization_id = ? and action = ?").params(org, action)
                .query(Integer.class).single();
    }

    private boolean pending(UUID org) {
        return jdbc.sql("select reencryption_pending from organization_keyset where organization_id = ?").param(org)
                .query(Boolean.class).single();
    }
}
