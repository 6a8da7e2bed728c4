package org.passage.referrals.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.organizations.HiddenCharacters;
import org.passage.organizations.Organization;
import org.passage.organizations.Organizations;
import org.passage.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The org admin keeps the organization's partner list: organizations on this installation, and external
 * partners with a secure contact. Caseworkers refer only to partners on this list. Every change is audited.
 */
@Controller
@PreAuthorize("hasRole('ORG_ADMIN')")
class PartnerPages {

    static final int MAX_CONTACT = 300;
    private final Partners partners;
    private final Organizations organizations;
    private final CurrentStaff staff;
    private final AuditTrail audit;
    private final Clock clock;

    PartnerPages(Partners partners, Organizations organizations, CurrentStaff staff, AuditTrail audit, Clock clock) {
        this.partners = partners;
        this.organizations = organizations;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/partners")
    String list(Model model) {
        return page(Map.of(), "", "", model);
    }

    @PostMapping("/admin/partners")
    @Confirms("saved.referrals.partnerAdded")
    @Transactional
    String add(@RequestParam(defaultValue = "") String organizationId, @RequestParam(defaultValue = "") String name,
               @RequestParam(defaultValue = "") String contact, Model model, HttpServletResponse response) {
        UUID own = staff.organizationId();
        Map<String, String> problems = new LinkedHashMap<>();
        Partner added = null;
        if (!organizationId.isBlank()) {
            Optional<Organization> other = parse(organizationId).flatMap(organizations::find).filter(o -> !o.id().equals(own));
            if (other.isEmpty()) {
                problems.put("organizationId", "referrals.partners.error.organization");
            } else if (partners.listed(own, other.get().id())) {
                problems.put("organizationId", "referrals.partners.error.listed");
            } else {
                added = partners.add(own, other.get().id(), other.get().name(), null, clock.instant());
            }
        } else {
            String n = name.strip();
            String c = contact.strip();
            if (n.isEmpty() || n.length() > Organization.MAX_NAME_LENGTH || HiddenCharacters.in(n)) {
                problems.put("name", "referrals.partners.error.name");
            }
            if (c.isEmpty() || c.length() > MAX_CONTACT || HiddenCharacters.in(c)) {
                problems.put("contact", "referrals.partners.error.contact");
            }
            if (problems.isEmpty()) {
                added = partners.add(own, null, n, c, clock.instant());
            }
        }
        if (added == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(problems, name, contact, model);
        }
        audit.record(AuditEvent.of("referral.partner.add", "referral_partner", added.id(), own)
                .withDetail(added.external() ? "external partner" : "partner organization " + added.partnerOrganizationId()));
        return "redirect:/admin/partners";
    }

    @PostMapping("/admin/partners/{id}/remove")
    @Confirms("saved.referrals.partnerRemoved")
    @Transactional
    String remove(@PathVariable String id) {
        UUID own = staff.organizationId();
        UUID partner = parse(id).orElseThrow(ReferralNotFound::new);
        if (!partners.remove(own, partner)) {
            audit.record(AuditEvent.of("referral.partner.remove", "referral_partner", partner, own).denied("no such partner"));
            throw new ReferralNotFound();
        }
        audit.record(AuditEvent.of("referral.partner.remove", "referral_partner", partner, own));
        return "redirect:/admin/partners";
    }

    private String page(Map<String, String> problems, String name, String contact, Model model) {
        UUID own = staff.organizationId();
        var listed = partners.of(own);
        model.addAttribute("partners", listed);
        model.addAttribute("organizations", organizations.all().stream().filter(o -> !o.id().equals(own))
                .filter(o -> listed.stream().noneMatch(p -> o.id().equals(p.partnerOrganizationId()))).toList());
        model.addAttribute("problems", problems);
        model.addAttribute("name", name);
        model.addAttribute("contact", contact);
        return "referrals/partners";
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
