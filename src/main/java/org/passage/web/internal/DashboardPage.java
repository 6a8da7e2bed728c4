package org.passage.web.internal;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passage.organizations.Role;
import org.passage.web.DashboardCard;
import org.passage.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what needs the member's attention (each feature's {@link HomeSection}), then links to the features his roles may open. */
@Controller
class DashboardPage {

    private final List<DashboardCard> cards;
    private final List<HomeSection> sections;
    private final NavigationCounts counts;

    DashboardPage(List<DashboardCard> cards, List<HomeSection> sections, NavigationCounts counts) {
        this.cards = cards;
        this.counts = counts;
        this.sections = sections;
    }

    @GetMapping("/")
    String dashboard(Authentication authentication, Model model) {
        Set<Role> held = rolesOf(authentication);
        model.addAttribute("cards", cards.stream().filter(c -> c.visibleTo(held))
                .sorted(Comparator.comparingInt(DashboardCard::order)).toList());
        model.addAttribute("roles", held);
        model.addAttribute("sections", HomePage.sections(sections));
        model.addAttribute("urgentCount", counts.count(authentication, true));
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
