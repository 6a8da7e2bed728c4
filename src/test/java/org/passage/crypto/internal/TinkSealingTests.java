package org.passage.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedText;
import org.passage.crypto.UnsealingFailed;

/** Sealing without a database: where a ciphertext opens, blind indexes, and what is never printed. */
class TinkSealingTests {

    @TempDir
    Path dataDirectory;

    final InMemoryKeysets keysets = new InMemoryKeysets();
    MasterKeyring master;
    DataKeys dataKeys;
    TinkSealing sealing;

    final UUID ngo = UUID.randomUUID();
    final UUID otherNgo = UUID.randomUUID();
    final UUID row = UUID.randomUUID();
    final AssociatedData name = new AssociatedData("cases", "full_name", row);

    TinkSealingTests() {
    }

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        master = MasterKeyring.load("", "", new KeyDirectory(dataDirectory.resolve("keys")), true);
        dataKeys = new DataKeys(keysets, master, InMemoryKeysets.noTransactions());
        sealing = InMemoryKeysets.sealingWithoutCaseKeys(dataKeys);
    }

    @Test
    void opensWhereItWasSealed() {
        SealedText sealed = sealing.seal(ngo, "Иван Петров", name);
        assertThat(sealing.open(ngo, sealed, name)).isEqualTo("Иван Петров");
        assertThat(sealing.seal(ngo, "Иван Петров", name)).isNotEqualTo(sealed); // randomized
    }

    @Test
    void aCiphertextMovedToAnotherRowDoesNotOpen() {
        SealedText sealed = sealing.seal(ngo, "Ivan", name);
        assertThatThrownBy(() -> sealing.open(ngo, sealed, new AssociatedData("cases", "full_name", UUID.randomUUID())))
                .isInstanceOf(UnsealingFailed.class).hasMessageContaining("cases.full_name").hasMessageNotContaining("Ivan");
    }

    @Test
    void aCiphertextMovedToAnotherColumnOrTableDoesNotOpen() {
        SealedText sealed = sealing.seal(ngo, "Ivan", name);
        assertThatThrownBy(() -> sealing.open(ngo, sealed, new AssociatedData("cases", "birth_place", row))).isInstanceOf(UnsealingFailed.class);
        assertThatThrownBy(() -> sealing.open(ngo, sealed, new AssociatedData("contacts", "full_name", row))).isInstanceOf(UnsealingFailed.class);
    }

    @Test
    void aCiphertextMovedToAnotherOrganizationDoesNotOpen() {
        SealedText sealed = sealing.seal(ngo, "Ivan", name);
        sealing.seal(otherNgo, "someone else", name); // the other organization has keys too
        assertThatThrownBy(() -> sealing.open(otherNgo, sealed, name)).isInstanceOf(UnsealingFailed.class);
    }

    @Test
    void anAlteredCiphertextDoesNotOpen() {
        byte[] bytes = sealing.seal(ngo, "Ivan", name).ciphertext();
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> sealing.open(ngo, new SealedText(bytes), name)).isInstanceOf(UnsealingFailed.class);
    }

    @Test
    void blindIndexIsDeterministicPerOrganizationAndDiffersAcrossOrganizationsAndPurposes() {
        byte[] first = sealing.blindIndex(ngo, "case_code", "K-2041");
        assertThat(sealing.blindIndex(ngo, "case_code", "K-2041")).isEqualTo(first).hasSize(32);
        assertThat(sealing.blindIndex(otherNgo, "case_code", "K-2041")).isNotEqualTo(first);
        assertThat(sealing.blindIndex(ngo, "telegram_handle", "K-2041")).isNotEqualTo(first);
        assertThat(sealing.blindIndex(ngo, "case_code", "K-2042")).isNotEqualTo(first);
        assertThatThrownBy(() -> sealing.blindIndex(ngo, "Bad Purpose", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blindIndexSurvivesAFreshCacheAndAnotherProcess() {
        byte[] first = sealing.blindIndex(ngo, "case_code", "K-2041");
        var restarted = InMemoryKeysets.sealingWithoutCaseKeys(new DataKeys(keysets, MasterKeyring.load("", "", new KeyDirectory(dataDirectory.resolve("keys")), false),
                InMemoryKeysets.noTransactions()));
        assertThat(restarted.blindIndex(ngo, "case_code", "K-2041")).isEqualTo(first);
    }

    @Test
    void toStringNeverShowsPlaintextOrKeys() throws Exception {
        SealedText sealed = sealing.seal(ngo, "Ivan Petrov", name);
        String masterJson = Files.readString(dataDirectory.resolve("keys").resolve(MasterKeyring.FILE_NAME));
        String secret = masterJson.replaceAll("(?s).*\"value\":\\s*\"([^\"]+)\".*", "$1");
        assertThat(secret).isNotBlank().isNotEqualTo(masterJson);

        for (Object shown : new Object[] {sealed, master.current(), master, dataKeys.keys(ngo), sealing}) {
            assertThat(shown.toString()).doesNotContain("Ivan", secret, Base64.getEncoder().encodeToString(sealed.ciphertext()));
        }
        assertThat(sealed.toString()).contains("REDACTED");
        assertThat(master.current().toString()).contains("REDACTED");
        assertThat(dataKeys.keys(ngo).toString()).contains("REDACTED");
    }

    @Test
    void aKmsUriIsRefusedNamingWhatIsUnsupported() {
        assertThatThrownBy(() -> MasterKeyring.load("aws-kms://arn:aws:kms:eu-west-1:1:key/abc", "", new KeyDirectory(dataDirectory), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'aws-kms'").hasMessageContaining("not supported in this build").hasMessageContaining("PASSAGE_MASTER_KEY");
    }

    @Test
    void theMasterKeyCanComeFromTheEnvironment() throws Exception {
        String json = Files.readString(dataDirectory.resolve("keys").resolve(MasterKeyring.FILE_NAME));
        var fromEnvironment = MasterKeyring.load("", Base64.getEncoder().encodeToString(json.getBytes()), new KeyDirectory(dataDirectory.resolve("elsewhere")), false);
        assertThat(fromEnvironment.current().primaryKeyId()).isEqualTo(master.current().primaryKeyId());
        assertThat(Files.exists(dataDirectory.resolve("elsewhere"))).isFalse();
        assertThatThrownBy(() -> MasterKeyring.load("", "not base64!", new KeyDirectory(dataDirectory), false))
                .hasMessageContaining("PASSAGE_MASTER_KEY must be base64");
    }

    @Test
    void aLostKeyFileIsNotSilentlyReplaced() {
        assertThatThrownBy(() -> MasterKeyring.load("", "", new KeyDirectory(dataDirectory.resolve("empty")), false))
                .hasMessageContaining("restore the key file");
    }

    @Test
    void keyFilesArePrivate() throws Exception {
        Path keys = dataDirectory.resolve("keys");
        assertThat(Files.getPosixFilePermissions(keys)).containsExactlyInAnyOrderElementsOf(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(keys.resolve(MasterKeyring.FILE_NAME))).containsExactlyInAnyOrderElementsOf(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }
}
