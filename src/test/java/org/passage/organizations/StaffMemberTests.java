package org.passage.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StaffMemberTests {

    private final UUID ark = UUID.randomUUID();

    @Test
    void aSystemAdminIsAloneInNoOrganization() {
        var admin = new StaffMember(UUID.randomUUID(), null, new Username("root"), "Sam", Set.of(Role.SYSTEM_ADMIN), false);
        assertThat(admin.sealScope()).isEqualTo(StaffMember.INSTALLATION_SCOPE);
        assertThatIllegalArgumentException().isThrownBy(() ->
                new StaffMember(UUID.randomUUID(), ark, new Username("root"), "Sam", Set.of(Role.SYSTEM_ADMIN), false));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new StaffMember(UUID.randomUUID(), null, new Username("root"), "Sam", EnumSet.of(Role.SYSTEM_ADMIN, Role.AUDITOR), false));
    }

    @Test
    void everybodyElseWorksInOneOrganizationWithAtLeastOneRole() {
        var worker = new StaffMember(UUID.randomUUID(), ark, new Username("anna"), " Anna K ", Set.of(Role.CASEWORKER), false);
        assertThat(worker.sealScope()).isEqualTo(ark);
        assertThat(worker.displayName()).isEqualTo("Anna K");
        assertThatIllegalArgumentException().isThrownBy(() ->
                new StaffMember(UUID.randomUUID(), null, new Username("anna"), "Anna", Set.of(Role.CASEWORKER), false));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new StaffMember(UUID.randomUUID(), ark, new Username("anna"), "Anna", Set.of(), false));
    }

    @Test
    void displayNamesAreBoundedAndNeverPrinted() {
        assertThatIllegalArgumentException().isThrownBy(() -> StaffMember.validDisplayName("x".repeat(121)));
        assertThatIllegalArgumentException().isThrownBy(() -> StaffMember.validDisplayName("   "));
        var worker = new StaffMember(UUID.randomUUID(), ark, new Username("anna"), "Anna Kovaleva", Set.of(Role.LAWYER), false);
        assertThat(worker.toString()).doesNotContain("Anna Kovaleva").contains("REDACTED");
    }

    @Test
    void usernamesAreLowerCaseHandles() {
        assertThat(new Username(" Anna.K ").value()).isEqualTo("anna.k");
        for (String bad : new String[]{"a", "-anna", "anna k", "анна", "a".repeat(64), ""}) {
            assertThat(Username.isValid(bad)).as(bad).isFalse();
        }
    }
}
