package org.passage.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The move of key files out of the data folder: complete, verified, and recoverable from a crash at every step. */
class KeysMoveTests {

    @TempDir
    Path root;
    Path old;
    Path keys;
    final Map<String, String> original = new LinkedHashMap<>();

    @BeforeEach
    void anOldInstallation() throws IOException {
        old = root.resolve("data").resolve("keys");
        keys = root.resolve("keys");
        original.put("master-keyset.json", "{\"primaryKeyId\": 1}");
        original.put("audit-chain.key", "c2VjcmV0");
        original.put("backup-keyset.json", "{\"primaryKeyId\": 2}");
        original.put("cases/3f1c0a52-6a6e-4c1e-9a43-0d1f0b4b2f10.json", "{\"case\": 1}");
        original.put("cases/9b8a7c6d-1111-2222-3333-444455556666.json", "{\"case\": 2}");
        original.put("telegram-bot.token", "123:ABC");
        for (var file : original.entrySet()) {
            Files.createDirectories(old.resolve(file.getKey()).getParent());
            Files.writeString(old.resolve(file.getKey()), file.getValue());
        }
    }

    @Test
    void movesEveryFileOwnerOnlyAndLeavesNothingInTheDataFolder() throws IOException {
        var outcome = new KeysMove(old, keys, KeysMove.Steps.NONE).run();

        assertThat(outcome.moved()).containsExactlyInAnyOrderElementsOf(original.keySet());
        assertHolds(keys);
        assertThat(old).doesNotExist();
        assertThat(keys.resolve(KeysMove.MARKER)).doesNotExist();
        assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(keys.resolve("cases"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(keys.resolve("master-keyset.json"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new KeysMove(old, keys, KeysMove.Steps.NONE).run()).as("a second start moves nothing").isEqualTo(KeysMove.Outcome.NOTHING);
    }

    @Test
    void aCrashAfterAnyStepLeavesAUsableSetAndTheNextStartFinishes() throws IOException {
        List<String> steps = new ArrayList<>();
        new KeysMove(old, keys, step -> steps.add(step)).run();
        assertThat(steps).hasSize(1 + original.size() + 1 + original.size()); // marker, copies, verified, deletions

        for (int crashAfter = 0; crashAfter < steps.size(); crashAfter++) {
            clean();
            anOldInstallation();
            int stop = crashAfter;
            int[] done = {0};
            assertThatThrownBy(() -> new KeysMove(old, keys, step -> {
                if (done[0]++ == stop) {
                    throw new IOException("killed after " + step);
                }
            }).run()).hasMessageStartingWith("killed after");

            assertThat(complete(old) || complete(keys)).as("after a crash following step " + steps.get(crashAfter)
                    + ", one directory still holds every key").isTrue();

            new KeysMove(old, keys, KeysMove.Steps.NONE).run();
            assertHolds(keys);
            assertThat(old).as("after step " + steps.get(crashAfter)).doesNotExist();
            assertThat(keys.resolve(KeysMove.MARKER)).doesNotExist();
        }
    }

    @Test
    void refusesWhenBothPlacesHoldDifferentKeys() throws IOException {
        Files.createDirectories(keys);
        Files.writeString(keys.resolve("master-keyset.json"), "{\"primaryKeyId\": 99}");

        assertThatThrownBy(() -> new KeysMove(old, keys, KeysMove.Steps.NONE).run())
                .isInstanceOf(KeysMove.Conflict.class)
                .hasMessageContaining("Two sets of keys").hasMessageContaining(keys.toString()).hasMessageContaining(old.toString())
                .hasMessageContaining("master-keyset.json");
        assertHolds(old);
        assertThat(Files.readString(keys.resolve("master-keyset.json"))).as("neither set is touched").contains("99");

        assertThatThrownBy(() -> new KeysMove(old, keys, KeysMove.Steps.NONE).run()).isInstanceOfSatisfying(KeysMove.Conflict.class, conflict -> {
            var analysis = new KeysConflictAnalyzer().analyze(new IllegalStateException("bean creation failed", conflict));
            assertThat(analysis.getDescription()).as("the start fails with a report, not a stack trace").startsWith("Two sets of keys");
            assertThat(analysis.getAction()).startsWith("Keep the set that belongs to this database in " + keys);
        });
    }

    @Test
    void deletesOldCopiesIdenticalToTheKeysDirectory() throws IOException {
        for (var file : original.entrySet()) {
            Files.createDirectories(keys.resolve(file.getKey()).getParent());
            Files.writeString(keys.resolve(file.getKey()), file.getValue());
        }
        var outcome = new KeysMove(old, keys, KeysMove.Steps.NONE).run();

        assertThat(outcome.duplicatesDeleted()).hasSize(original.size());
        assertThat(old).doesNotExist();
        assertHolds(keys);
    }

    @Test
    void nothingToMoveFromAFreshInstallation() throws IOException {
        clean();
        assertThat(new KeysMove(old, keys, KeysMove.Steps.NONE).run()).isEqualTo(KeysMove.Outcome.NOTHING);
        assertThat(keys).doesNotExist();
    }

    private boolean complete(Path directory) throws IOException {
        for (var file : original.entrySet()) {
            Path path = directory.resolve(file.getKey());
            if (!Files.isRegularFile(path) || !Files.readString(path).equals(file.getValue())) {
                return false;
            }
        }
        return true;
    }

    private void assertHolds(Path directory) throws IOException {
        assertThat(complete(directory)).as(directory + " holds every key, byte for byte").isTrue();
        assertThat(KeysMove.files(directory)).containsExactlyInAnyOrderElementsOf(original.keySet());
    }

    private void clean() throws IOException {
        for (Path directory : List.of(root.resolve("data"), keys)) {
            if (Files.exists(directory)) {
                try (var walk = Files.walk(directory)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        original.clear();
    }
}
