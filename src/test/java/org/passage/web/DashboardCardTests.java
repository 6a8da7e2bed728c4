package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Role;

class DashboardCardTests {

    @Test
    void isShownToHoldersOfAnyOfItsRolesOrToEverybody() {
        var cases = new DashboardCard("t", "x", "/cases", Set.of(Role.CASEWORKER, Role.COORDINATOR), 10);
        assertThat(cases.visibleTo(EnumSet.of(Role.COORDINATOR, Role.LAWYER))).isTrue();
        assertThat(cases.visibleTo(EnumSet.of(Role.SYSTEM_ADMIN))).isFalse();
        assertThat(new DashboardCard("t", "x", "/help", Set.of(), 1).visibleTo(EnumSet.of(Role.AUDITOR))).isTrue();
    }

    @Test
    void linksOnlyInsidePassage() {
        for (String link : new String[]{"https://example.org/", "//evil.example/", "javascript:alert(1)", ""}) {
            assertThatIllegalArgumentException().as(link).isThrownBy(() -> new DashboardCard("t", "x", link, Set.of(), 1));
        }
    }
}
