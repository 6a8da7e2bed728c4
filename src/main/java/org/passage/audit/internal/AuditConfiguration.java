package org.passage.audit.internal;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit chain key: {@code passage.audit.chain-key} (base64) if set, else {@code <data-dir>/keys/audit-chain.key}. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditChainKey auditChainKey(@Value("${passage.audit.chain-key:}") String configured, @Value("${passage.data-dir}") Path dataDirectory) {
        return AuditChainKey.load(configured, dataDirectory.resolve("keys"));
    }
}
