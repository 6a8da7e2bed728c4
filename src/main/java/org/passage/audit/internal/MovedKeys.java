package org.passage.audit.internal;

import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.keys.KeysDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Writes to the audit trail that key files were moved out of the data folder at this start. The move itself happens
 * before the trail can be written (the trail's own key is among the files), so it is recorded here, once the
 * application runs: how many files, from where, to where (never their names' content or the keys).
 */
@Component
class MovedKeys implements ApplicationRunner {

    private final KeysDirectory keys;
    private final AuditTrail audit;

    MovedKeys(KeysDirectory keys, AuditTrail audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (keys.movedFrom() != null) {
            String detail = keys.moved().size() + " key file(s) moved out of the data folder, from " + keys.movedFrom() + " to " + keys.path();
            audit.record(new AuditEvent("keys.moved", "keys_directory", null, null, AuditEvent.Outcome.SUCCESS,
                    detail.length() > 500 ? detail.substring(0, 500) : detail));
        }
    }
}
