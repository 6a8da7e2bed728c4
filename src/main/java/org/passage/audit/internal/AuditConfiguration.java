package org.passage.audit.internal;

import org.passage.keys.KeysDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit chain key: {@code passage.audit.chain-key} (base64) if set, else {@code <keys-dir>/audit-chain.key}. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditChainKey auditChainKey(@Value("${passage.audit.chain-key:}") String configured, KeysDirectory keys) {
        return AuditChainKey.load(configured, keys.path());
    }
}
