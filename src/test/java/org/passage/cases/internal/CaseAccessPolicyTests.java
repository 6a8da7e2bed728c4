package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.organizations.Role.AUDITOR;
import static org.passage.organizations.Role.CASEWORKER;
import static org.passage.organizations.Role.COORDINATOR;
import static org.passage.organizations.Role.LAWYER;
import static org.passage.organizations.Role.ORG_ADMIN;
import static org.passage.organizations.Role.SYSTEM_ADMIN;
import static org.passage.organizations.Role.VETTING_ANALYST;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passage.organizations.Role;

class CaseAccessPolicyTests {

    private static final UUID OWN_ORG = UUID.randomUUID();
    private static final UUID OTHER_ORG = UUID.randomUUID();
    private static final UUID ME = UUID.randomUUID();

    /** role, same organization?, assigned to me?, may read?, may change? */
    @ParameterizedTest(name = "{0} own-org={1} assigned={2} -> read={3} change={4}")
    @CsvSource({
            "COORDINATOR,     true,  false, true,  true",
            "COORDINATOR,     false, false, false, false",
            "CASEWORKER,      true,  true,  true,  true",
            "CASEWORKER,      true,  false, false, false",
            "CASEWORKER,      false, true,  false, false",
            "LAWYER,          true,  true,  true,  false",
            "LAWYER,          true,  false, false, false",
            "VETTING_ANALYST, true,  true,  true,  false",
            "VETTING_ANALYST, true,  false, false, false",
            "AUDITOR,         true,  true,  false, false",
            "ORG_ADMIN,       true,  true,  false, false",
            "SYSTEM_ADMIN,    true,  true,  false, false",
    })
    void decidesOnNeedToKnow(Role role, boolean ownOrg, boolean assigned, boolean read, boolean change) {
        var reader = new Reader(ME, OWN_ORG, Set.of(role));
        UUID caseOrg = ownOrg ? OWN_ORG : OTHER_ORG;
        Set<UUID> staff = assigned ? Set.of(ME) : Set.of(UUID.randomUUID());
        assertThat(CaseAccessPolicy.canRead(reader, caseOrg, staff)).isEqualTo(read);
        assertThat(CaseAccessPolicy.canChange(reader, caseOrg, staff)).isEqualTo(change);
    }

    @ParameterizedTest
    @CsvSource({"COORDINATOR,true", "CASEWORKER,true", "LAWYER,false", "VETTING_ANALYST,false", "AUDITOR,false", "ORG_ADMIN,false", "SYSTEM_ADMIN,false"})
    void onlyCoordinatorsAndCaseworkersOpenCases(Role role, boolean may) {
        assertThat(CaseAccessPolicy.canOpen(new Reader(ME, OWN_ORG, Set.of(role)))).isEqualTo(may);
    }

    @ParameterizedTest
    @CsvSource({"COORDINATOR,true", "CASEWORKER,false", "LAWYER,false", "AUDITOR,false", "ORG_ADMIN,false"})
    void onlyCoordinatorsAssign(Role role, boolean may) {
        var reader = new Reader(ME, OWN_ORG, Set.of(role));
        assertThat(CaseAccessPolicy.canAssign(reader, OWN_ORG)).isEqualTo(may);
        assertThat(CaseAccessPolicy.canAssign(reader, OTHER_ORG)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void unusedRoleConstantsStayMeaningful() {
        assertThat(Set.of(AUDITOR, CASEWORKER, COORDINATOR, LAWYER, ORG_ADMIN, SYSTEM_ADMIN, VETTING_ANALYST)).hasSize(Role.values().length);
    }
}
