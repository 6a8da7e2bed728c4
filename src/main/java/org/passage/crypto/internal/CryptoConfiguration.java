package org.passage.crypto.internal;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The master key ring from {@code passage.crypto.*} and {@code <data-dir>/keys}. */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    MasterKeyring masterKeyring(@Value("${passage.crypto.master-key-uri:}") String kmsUri,
                                @Value("${passage.crypto.master-key:}") String fromEnvironment,
                                @Value("${passage.data-dir}") Path dataDirectory, OrganizationKeysets keysets) {
        var keys = new KeyDirectory(dataDirectory.resolve("keys"));
        boolean fileMissing = !java.nio.file.Files.exists(keys.resolve(MasterKeyring.FILE_NAME));
        // only look at the database when it matters: a missing key file next to existing keysets is a lost key
        boolean mayCreate = !fileMissing || !kmsUri.isBlank() || !fromEnvironment.isBlank() || !keysets.any();
        return MasterKeyring.load(kmsUri, fromEnvironment, keys, mayCreate);
    }
}
