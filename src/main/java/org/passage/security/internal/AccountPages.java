package org.passage.security.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** What every staff member may do to their own account. */
@Controller
class AccountPages {

    private final StaffAdministration administration;

    AccountPages(StaffAdministration administration) {
        this.administration = administration;
    }

    /** Ends every session of the account, this one included (a lost phone, a forgotten shared computer). */
    @PostMapping("/account/sessions/end")
    String endAllMySessions() {
        administration.endMyOwnSessions();
        return "redirect:/login?expired";
    }
}
