package org.passage.security.internal;

import org.passage.web.Confirms;
import java.util.UUID;
import org.passage.organizations.Role;
import org.passage.security.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The second admin's buttons: approve or refuse what waits (listed on the users page, or the organizations page). */
@Controller
@RequestMapping("/admin/grants/{id}")
@PreAuthorize("hasAnyRole('ORG_ADMIN', 'SYSTEM_ADMIN')")
class GrantApprovalPages {

    private final GrantApprovals approvals;
    private final CurrentStaff current;

    GrantApprovalPages(GrantApprovals approvals, CurrentStaff current) {
        this.approvals = approvals;
        this.current = current;
    }

    @Confirms("saved.grant.approved")
    @PostMapping("/approve")
    String approve(@PathVariable UUID id, Model model, RedirectAttributes flash) {
        var approved = approvals.approve(id);
        if (approved.oneTimePassword() != null) {
            return StaffAdminPages.oneTimePassword(model, approved.member().username().value(), approved.oneTimePassword());
        }
        flash.addFlashAttribute("done", "admin.done.approved");
        return back();
    }

    @Confirms("saved.grant.refused")
    @PostMapping("/refuse")
    String refuse(@PathVariable UUID id, RedirectAttributes flash) {
        approvals.refuse(id);
        flash.addFlashAttribute("done", "admin.done.refused");
        return back();
    }

    private String back() {
        return current.has(Role.SYSTEM_ADMIN) ? "redirect:/admin/organizations" : "redirect:/admin/users";
    }

    @ExceptionHandler(StaffAdministration.NotYours.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notYours() {
        return "error/404";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(IllegalArgumentException e, Model model) {
        model.addAttribute("reason", e.getMessage() != null && e.getMessage().startsWith("admin.error.") ? e.getMessage() : "error.400.text");
        return "error/400";
    }
}
