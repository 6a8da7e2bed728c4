package org.passage.security.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.passage.organizations.Username;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The system admin's page: the organizations of the installation and a form for a new one with its first org admin. */
@Controller
@RequestMapping("/admin/organizations")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class OrganizationAdminPages {

    private final StaffAdministration administration;
    private final GrantApprovals approvals;

    OrganizationAdminPages(StaffAdministration administration, GrantApprovals approvals) {
        this.administration = administration;
        this.approvals = approvals;
    }

    @GetMapping
    String list(Model model) {
        return page(model, StaffForm.empty(), Map.of());
    }

    @PostMapping
    @Confirms("saved.security.organization")
    String create(@RequestParam(defaultValue = "") String organizationName, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String displayName, Model model, HttpServletResponse response) {
        var form = new StaffForm(organizationName, username, displayName, null, null);
        var errors = form.errors(true, false);
        if (errors.isEmpty()) {
            try {
                var opened = administration.openOrganization(organizationName, new Username(username), displayName);
                return StaffAdminPages.outcome(model, opened);
            } catch (DuplicateKeyException e) {
                errors = Map.of(String.valueOf(e.getMessage()).contains("staff_username_key") ? "username" : "organizationName",
                        "admin.error.taken");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, form, errors);
    }

    @PostMapping("/{id}/admins")
    @Confirms("saved.security.admin")
    String addAdmin(@PathVariable UUID id, @RequestParam(defaultValue = "") String username,
                    @RequestParam(defaultValue = "") String displayName, Model model, HttpServletResponse response) {
        var form = new StaffForm("", username, displayName, null, null);
        var errors = form.errors(false, false);
        if (errors.isEmpty()) {
            try {
                var opened = administration.addOrganizationAdmin(id, new Username(username), displayName);
                return StaffAdminPages.outcome(model, opened);
            } catch (DuplicateKeyException e) {
                errors = Map.of("username", "admin.error.taken");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("adminErrors", errors);
        model.addAttribute("adminFor", id);
        return page(model, StaffForm.empty(), Map.of());
    }

    @ExceptionHandler(StaffAdministration.NotYours.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknownOrganization() {
        return "error/404";
    }

    private String page(Model model, StaffForm form, Map<String, String> errors) {
        var organizations = administration.organizations();
        model.addAttribute("organizations", organizations);
        // the system admin approves for every organization: each request says whose it is
        model.addAttribute("organizationNames", organizations.stream().collect(java.util.stream.Collectors.toMap(
                org.passage.organizations.Organization::id, org.passage.organizations.Organization::name)));
        model.addAttribute("waiting", approvals.waiting());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "security/admin/organizations";
    }
}
