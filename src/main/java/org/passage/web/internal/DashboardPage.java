package org.passage.web.internal;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the cards of every feature that the member's roles may open. */
@Controller
class DashboardPage {

    private final List<DashboardCard> cards;

    DashboardPage(List<DashboardCard> cards) {
        this.cards = cards;
    }

    @GetMapping("/")
    String dashboard(Authentication authentication, Model model) {
        Set<Role> held = rolesOf(authentication);
        model.addAttribute("cards", cards.stream().filter(c -> c.visibleTo(held))
                .sorted(Comparator.comparingInt(DashboardCard::order)).toList());
        model.addAttribute("roles", held);
        return "web/dashboard";
    }

    static Set<Role> rolesOf(Authentication authentication) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    held.add(role);
                }
            }
        }
        return held;
    }
}
