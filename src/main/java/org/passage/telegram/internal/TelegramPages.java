package org.passage.telegram.internal;

import org.passage.web.Confirms;

import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.cases.NoSuchCase;
import org.passage.cases.CaseRef;
import org.passage.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff pages: a case's Telegram connection for check-ins (a one-time code the person sends to the bot), and a
 * member's own Telegram account for alerts. The case policy decides who may connect a case.
 */
@Controller
class TelegramPages {

    private final LinkDesk desk;
    private final Cases cases;
    private final CurrentStaff staff;
    private final TelegramBot bot;

    TelegramPages(LinkDesk desk, Cases cases, CurrentStaff staff, TelegramBot bot) {
        this.desk = desk;
        this.cases = cases;
        this.staff = staff;
        this.bot = bot;
    }

    @GetMapping("/telegram/cases/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER')")
    String caseLink(@PathVariable String id, Model model) {
        return showCase(cases.read(caseId(id), "telegram.case.view"), null, model);
    }

    @PostMapping("/telegram/cases/{id}/code")
    @Confirms("saved.telegram.code")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER')")
    @org.springframework.transaction.annotation.Transactional
    String caseCode(@PathVariable String id, Model model) {
        CaseRef kase = cases.change(caseId(id), "telegram.code.case");
        return showCase(kase, desk.caseCode(kase), model);
    }

    @PostMapping("/telegram/cases/{id}/disconnect")
    @Confirms("saved.telegram.disconnected")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER')")
    @org.springframework.transaction.annotation.Transactional
    String disconnectCase(@PathVariable String id) {
        CaseRef kase = cases.change(caseId(id), "telegram.unlink.case");
        desk.disconnectCase(kase);
        return "redirect:/telegram/cases/" + kase.id();
    }

    @GetMapping("/telegram/me")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LAWYER','VETTING_ANALYST','AUDITOR','ORG_ADMIN')")
    String me(Model model) {
        return showMe(null, model);
    }

    /** A code and on call only for the roles an alert can reach: an auditor's or org admin's connection would receive nothing. */
    @PostMapping("/telegram/me/code")
    @Confirms("saved.telegram.code")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LAWYER','VETTING_ANALYST')")
    String myCode(Model model) {
        return showMe(desk.staffCode(staff.staffId(), staff.organizationId()), model);
    }

    @PostMapping("/telegram/me/on-call")
    @Confirms("saved.telegram.onCall")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LAWYER','VETTING_ANALYST')")
    String onCall(@RequestParam(defaultValue = "false") boolean onCall) {
        desk.setOnCall(staff.staffId(), staff.organizationId(), onCall);
        return "redirect:/telegram/me";
    }

    @PostMapping("/telegram/me/disconnect")
    @Confirms("saved.telegram.disconnected")
    @PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LAWYER','VETTING_ANALYST','AUDITOR','ORG_ADMIN')")
    String disconnectMe() {
        desk.disconnectStaff(staff.staffId(), staff.organizationId());
        return "redirect:/telegram/me";
    }

    private String showCase(CaseRef kase, @Nullable String code, Model model) {
        model.addAttribute("kase", kase);
        model.addAttribute("chats", desk.chatsOf(kase.id()));
        model.addAttribute("code", code);
        model.addAttribute("hours", desk.codeHours());
        model.addAttribute("botRunning", bot.isRunning());
        return "telegram/case";
    }

    private String showMe(@Nullable String code, Model model) {
        model.addAttribute("link", desk.staffLink(staff.staffId()).orElse(null));
        model.addAttribute("receives", StaffAlerts.receives(staff.principal().roles()));
        model.addAttribute("code", code);
        model.addAttribute("hours", desk.codeHours());
        model.addAttribute("botRunning", bot.isRunning());
        return "telegram/me";
    }

    private static CaseId caseId(String id) {
        try {
            return CaseId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new NoSuchCase();
        }
    }
}
