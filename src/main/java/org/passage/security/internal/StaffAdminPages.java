package org.passage.security.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.passage.organizations.StaffIdentities;
import org.passage.organizations.StaffIdentity;
import org.passage.organizations.Username;
import org.passage.security.CurrentStaff;
import org.passage.organizations.Role;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The org admin's user administration: list, create (one-time password shown once), roles, disable, resets. */
@Controller
@RequestMapping("/admin/users")
class StaffAdminPages {

    private final StaffAdministration administration;
    private final GrantApprovals approvals;
    private final CurrentStaff current;
    private final FlaggedSignOffs flagged;

    StaffAdminPages(StaffAdministration administration, GrantApprovals approvals, CurrentStaff current, FlaggedSignOffs flagged) {
        this.flagged = flagged;
        this.administration = administration;
        this.approvals = approvals;
        this.current = current;
    }

    @GetMapping
    String list(Model model) {
        if (current.has(Role.SYSTEM_ADMIN)) {
            return "redirect:/admin/organizations";
        }
        model.addAttribute("staff", administration.staffOfMyOrganization());
        model.addAttribute("waiting", approvals.waiting());
        model.addAttribute("flaggedSignOffs", flagged.ofMyOrganization());
        return "security/admin/users";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String newForm(Model model) {
        return form(model, StaffForm.empty(), Map.of());
    }

    @PostMapping
    @Confirms("saved.security.userCreated")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String identity, @RequestParam(required = false) List<String> roles, Model model,
                  HttpServletResponse response) {
        var form = new StaffForm("", username, displayName, identity, roles);
        var errors = form.errors(false, true);
        if (errors.isEmpty()) {
            try {
                var opened = administration.open(new Username(username), displayName, StaffIdentity.of(identity),
                        Objects.requireNonNull(form.parsedRoles()));
                return outcome(model, opened);
            } catch (StaffIdentities.IdentityTaken e) {
                errors = Map.of("identity", "admin.error.identityTaken");
            } catch (DuplicateKeyException e) {
                errors = Map.of("username", "admin.error.taken");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, form, errors);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("member", administration.member(id));
        model.addAttribute("identity", administration.identityOf(id).orElse(null));
        model.addAttribute("assignableRoles", StaffForm.assignableRoles());
        model.addAttribute("shownRoles", shown(administration.member(id)));
        // what was asked for this account and waits for a second admin: the page said "saved" and showed the old roles,
        // and an admin who asked for a role ticked it again (walk27)
        model.addAttribute("waiting", approvals.waiting().stream().filter(p -> p.member().id().equals(id)).toList());
        return "security/admin/user";
    }

    /** What the roles form showed of an account ({@link org.passage.web.ShownDigest}): its roles. */
    static String shown(org.passage.organizations.StaffMember member) {
        return org.passage.web.ShownDigest.of(new java.util.TreeSet<>(member.roles()).toString());
    }

    @PostMapping("/{id}/roles")
    @Confirms("saved.security.roles")
    String roles(@PathVariable UUID id, @RequestParam(required = false) List<String> roles,
                 @RequestParam(required = false) @org.jspecify.annotations.Nullable String shownRoles, RedirectAttributes flash, Model model,
                 HttpServletResponse response) {
        var parsed = new StaffForm("", "", "", "", roles).parsedRoles();
        if (shownRoles != null && !shownRoles.equals(shown(administration.member(id)))) {
            // roles changed from another tab (or by another admin) since this form was shown are not put back
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "admin.error.rolesChangedMeanwhile");
            model.addAttribute("chosenRoles", parsed == null ? java.util.Set.of() : parsed);
            return show(id, model);
        }
        if (parsed == null) {
            administration.member(id); // a foreign id is "not found", not "bad roles"
            flash.addFlashAttribute("error", "admin.error.roles");
        } else {
            try {
                var outcome = administration.changeRoles(id, parsed);
                flash.addFlashAttribute("done", outcome.awaitingApproval() ? "admin.done.awaitingApproval" : "admin.done.roles");
            } catch (IllegalArgumentException e) {
                // a refused change (his own admin role, a role opening case data for himself) keeps him on the form
                // with the reason and the boxes he ticked; it was a bare 400 page that lost them
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("error", reason(e));
                model.addAttribute("chosenRoles", parsed);
                return show(id, model);
            }
        }
        return "redirect:/admin/users/" + id;
    }

    /** Names the person of an account opened before identities were recorded (once; it is not changed afterwards). */
    @PostMapping("/{id}/identity")
    @Confirms("saved.security.identity")
    String identity(@PathVariable UUID id, @RequestParam(defaultValue = "") String identity, RedirectAttributes flash) {
        if (!StaffIdentity.isValid(identity)) {
            administration.member(id); // a foreign id is "not found", not "bad identity"
            flash.addFlashAttribute("error", "admin.error.identity");
        } else {
            try {
                administration.recordIdentity(id, StaffIdentity.of(identity));
                flash.addFlashAttribute("done", "admin.done.identity");
            } catch (StaffIdentities.IdentityTaken e) {
                flash.addFlashAttribute("error", "admin.error.identityTaken");
            } catch (IllegalArgumentException e) {
                // named from another tab meanwhile: the page shows whom it names now (it was a bare "could not be done")
                flash.addFlashAttribute("error", reason(e));
            }
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disabled")
    @Confirms("saved.security.disabled")
    String disable(@PathVariable UUID id, @RequestParam boolean disabled, RedirectAttributes flash, Model model,
                   HttpServletResponse response) {
        try {
            administration.setDisabled(id, disabled);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value()); // himself, or an account waiting for approval: on the page, in words
            model.addAttribute("error", reason(e));
            return show(id, model);
        }
        flash.addFlashAttribute("done", disabled ? "admin.done.disabled" : "admin.done.enabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    @Confirms("saved.security.password")
    String resetPassword(@PathVariable UUID id, Model model) {
        return outcome(model, administration.resetPassword(id));
    }

    @PostMapping("/{id}/totp")
    @Confirms("saved.security.totp")
    String resetTotp(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean verified, RedirectAttributes flash) {
        administration.resetSecondFactor(id, verified);
        flash.addFlashAttribute("done", "admin.done.totp");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/sessions/end")
    @Confirms("saved.security.sessions")
    String endSessions(@PathVariable UUID id, RedirectAttributes flash) {
        administration.endAllSessions(id);
        flash.addFlashAttribute("done", "admin.done.sessions");
        return "redirect:/admin/users/" + id;
    }

    @ExceptionHandler(StaffAdministration.NotYours.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notYours() {
        return "error/404";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(IllegalArgumentException e, Model model) {
        model.addAttribute("reason", reason(e));
        return "error/400";
    }

    /** The message key of a refusal in words; anything else is the general "could not be done". */
    private static String reason(IllegalArgumentException e) {
        return e.getMessage() != null && e.getMessage().startsWith("admin.error.") ? e.getMessage() : "error.400.text";
    }

    /** The one-time password page, or the "waiting for a second admin" page (with the password if this admin holds it). */
    static String outcome(Model model, StaffAdministration.Outcome outcome) {
        if (!outcome.awaitingApproval() && outcome.oneTimePassword() != null) {
            return oneTimePassword(model, outcome.member().username().value(), outcome.oneTimePassword());
        }
        model.addAttribute("username", outcome.member().username().value());
        model.addAttribute("oneTimePassword", outcome.oneTimePassword());
        return "security/admin/awaiting-approval";
    }

    static String oneTimePassword(Model model, String username, String oneTimePassword) {
        model.addAttribute("username", username);
        model.addAttribute("oneTimePassword", oneTimePassword);
        return "security/admin/one-time-password";
    }

    private static String form(Model model, StaffForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("assignableRoles", StaffForm.assignableRoles());
        return "security/admin/user-new";
    }
}
