package org.passage.cases.internal;

import org.passage.security.CurrentStaff;
import org.springframework.stereotype.Component;

/** Turns the logged-in staff member into the {@link Reader} the access policy decides on. */
@Component
class Readers {

    private final CurrentStaff currentStaff;

    Readers(CurrentStaff currentStaff) {
        this.currentStaff = currentStaff;
    }

    Reader current() {
        var principal = currentStaff.principal();
        return new Reader(principal.staffId(), currentStaff.organizationId(), principal.roles());
    }
}
