package org.passage.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The red team's finding "the master key in the same ./data folder as the database": after a start, no key is there. */
@PassageIntegrationTest
class KeysOutsideTheDataFolderIntegrationTests {

    @Value("${passage.data-dir}")
    Path dataDirectory;
    @Autowired
    KeysDirectory keys;

    @Test
    void everyKeyFileIsInTheKeysDirectoryAndNoneInTheDataFolder() throws IOException {
        assertThat(keys.path().startsWith(dataDirectory.toAbsolutePath().normalize())).as("the keys directory " + keys.path()
                + " is inside the data folder").isFalse();
        assertThat(keys.resolve("master-keyset.json")).isRegularFile();
        assertThat(keys.resolve("audit-chain.key")).isRegularFile();

        List<String> inDataFolder;
        try (Stream<Path> files = Files.exists(dataDirectory) ? Files.walk(dataDirectory) : Stream.empty()) {
            inDataFolder = files.filter(Files::isRegularFile).map(Path::toString)
                    .filter(name -> name.endsWith("keyset.json") || name.endsWith(".key") || name.endsWith(".token")
                            || name.contains("/keys/")).toList();
        }
        assertThat(inDataFolder).as("key files under the data folder " + dataDirectory).isEmpty();
    }
}
