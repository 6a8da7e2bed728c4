package org.passage.crypto.internal;

import java.util.List;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At every start, reports a key rotation that did not finish (the process was killed, the machine lost power): a key
 * file still holding an old master key next to the new one, or an organization whose values are not all re-encrypted
 * under its new data key. Each is logged with what to do and written to the audit trail as
 * {@code keys.rotate.*.interrupted}, so a rotation that was stopped is never silent; it is reported again at each start
 * until {@code passage keys rotate} (which resumes where it stopped) finishes it. A rotation running in another process
 * at that moment is reported the same way: the message says so.
 */
@Component
class UnfinishedRotations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedRotations.class);

    private final MasterKeyring master;
    private final OrganizationKeysets keysets;
    private final AuditTrail audit;

    UnfinishedRotations(MasterKeyring master, OrganizationKeysets keysets, AuditTrail audit) {
        this.master = master;
        this.keysets = keysets;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        MasterKey key = master.current();
        if (key.size() > 1) {
            log.warn("A master key rotation did not finish (interrupted, or running in another process now): the key file holds {} keys. "
                    + "Run `passage keys rotate --master` to finish it; it resumes where it stopped.", key.size());
            audit.record(new AuditEvent("keys.rotate.master.interrupted", "master_key", Integer.toString(key.primaryKeyId()), null,
                    AuditEvent.Outcome.FAILED, "unfinished at start: the key file holds " + key.size() + " keys"));
        }
        List<UUID> pending = keysets.organizations().stream()
                .filter(organization -> keysets.find(organization).map(OrganizationKeysets.Row::reencryptionPending).orElse(false))
                .toList();
        for (UUID organization : pending) {
            log.warn("A data key rotation of organization {} did not finish (interrupted, or running in another process now): "
                    + "some values may still be under the old key. Run `passage keys rotate --data-keys --organization {}` to finish it.",
                    organization, organization);
            audit.record(new AuditEvent("keys.rotate.data.interrupted", "organization_keyset", organization.toString(), organization,
                    AuditEvent.Outcome.FAILED, "unfinished at start: re-encryption under the new key was not completed"));
        }
    }
}
