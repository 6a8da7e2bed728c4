package org.passage.crypto.internal;

import org.passage.keys.KeysDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The master key ring from {@code passage.crypto.*} and the keys directory ({@code passage.keys-dir}). */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    MasterKeyring masterKeyring(@Value("${passage.crypto.master-key-uri:}") String kmsUri,
                                @Value("${passage.crypto.master-key:}") String fromEnvironment,
                                KeysDirectory keysDirectory, OrganizationKeysets keysets) {
        var keys = new KeyDirectory(keysDirectory.path());
        boolean fileMissing = !java.nio.file.Files.exists(keys.resolve(MasterKeyring.FILE_NAME));
        // only look at the database when it matters: a missing key file next to existing keysets is a lost key
        boolean mayCreate = !fileMissing || !kmsUri.isBlank() || !fromEnvironment.isBlank() || !keysets.any();
        return MasterKeyring.load(kmsUri, fromEnvironment, keys, mayCreate);
    }
}
