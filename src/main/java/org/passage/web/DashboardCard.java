package org.passage.web;

import java.util.Objects;
import java.util.Set;
import org.passage.organizations.Role;

/**
 * A feature's card on the start page: declare one as a bean. It is shown to staff holding any of
 * {@code roles} (all logged-in staff when empty), in {@code order}. Texts are message keys.
 */
public record DashboardCard(String titleKey, String textKey, String link, Set<Role> roles, int order) {

    public DashboardCard {
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(textKey, "textKey");
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("a dashboard card links inside Passage: " + link);
        }
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Set<Role> held) {
        return roles.isEmpty() || roles.stream().anyMatch(held::contains);
    }
}
