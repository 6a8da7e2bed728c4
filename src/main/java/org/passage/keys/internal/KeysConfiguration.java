package org.passage.keys.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.passage.keys.KeysDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys directory from {@code passage.keys-dir}. Before any feature reads a key, key files an earlier version kept
 * in {@code <data-dir>/keys} are moved there ({@link KeysMove}); the audit trail records the move once it can.
 */
@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeysConfiguration.class);

    @Bean
    KeysDirectory keysDirectory(@Value("${passage.keys-dir}") Path keysDirectory, @Value("${passage.data-dir}") Path dataDirectory) {
        Path keys = keysDirectory.toAbsolutePath().normalize();
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path old = data.resolve("keys");
        if (keys.startsWith(data)) {
            log.warn("The keys directory {} is inside the data folder {}: whoever copies the data folder gets the keys that open it. "
                    + "Set passage.keys-dir (PASSAGE_KEYS_DIR) to a directory on other media.", keys, data);
        }
        try {
            var outcome = new KeysMove(old, keys, KeysMove.Steps.NONE).run();
            if (!outcome.moved().isEmpty()) {
                log.warn("Moved {} key file(s) out of the data folder, from {} to {} ({}{})", outcome.moved().size(), old, keys,
                        String.join(", ", outcome.moved().stream().filter(name -> !name.startsWith("cases")).toList()),
                        outcome.moved().stream().anyMatch(name -> name.startsWith("cases")) ? " and the erasure keys of the cases" : "");
                return new KeysDirectory(keys, old, outcome.moved());
            }
            if (!outcome.duplicatesDeleted().isEmpty()) {
                log.warn("Deleted {} key file(s) from {} that were exact copies of those in {}", outcome.duplicatesDeleted().size(), old, keys);
                return new KeysDirectory(keys, old, outcome.duplicatesDeleted());
            }
            if (Files.isDirectory(keys)) {
                OwnerOnly.directory(keys);
            }
            return KeysDirectory.at(keys);
        } catch (IOException e) {
            throw new IllegalStateException("could not move the key files from " + old + " to " + keys + " (a restart resumes safely): "
                    + e.getMessage(), e);
        }
    }
}
