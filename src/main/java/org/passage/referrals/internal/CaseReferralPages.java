package org.passage.referrals.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.Cases;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.NoSuchCase;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The referring side: a case's referrals with their status, the form to refer the case to a partner, and
 * withdrawing a referral (or, for an external partner, recording its answer by hand).
 */
@Controller
class CaseReferralPages {

    private final ReferralDesk desk;
    private final Partners partners;
    private final Cases cases;
    private final MessageSource messages;

    CaseReferralPages(ReferralDesk desk, Partners partners, Cases cases, MessageSource messages) {
        this.desk = desk;
        this.partners = partners;
        this.cases = cases;
        this.messages = messages;
    }

    /** A referral as the referring side sees it; {@code copyText} only for an external partner. */
    public record Outgoing(Referral referral, String partnerName, String consentBy, @Nullable String copyText) {
        @Override
        public String toString() {
            return "Outgoing[" + referral.id() + ", REDACTED]";
        }
    }

    @GetMapping("/cases/{id}/referrals")
    String list(@PathVariable String id, Model model) {
        CaseRef ref = cases.read(parse(id), "referral.list");
        return page(ref, ReferralForm.empty(), Map.of(), model);
    }

    @PostMapping("/cases/{id}/referrals")
    @Confirms("saved.referrals.sent")
    String refer(@PathVariable String id, @RequestParam(defaultValue = "") String partnerId,
                 @RequestParam(required = false) List<String> share, @RequestParam Map<String, String> params,
                 @RequestParam(defaultValue = "") String consentBy, @RequestParam(defaultValue = "") String consentOn,
                 @RequestParam(defaultValue = "") String consentMethod, @RequestParam(required = false) List<String> consented,
                 Model model, HttpServletResponse response) {
        CaseId caseId = parse(id);
        Map<String, String> values = new java.util.HashMap<>();
        for (SummaryField f : SummaryField.values()) {
            values.put(f.param(), params.getOrDefault(f.param(), ""));
        }
        var form = new ReferralForm(partnerId, share, values, consentBy, consentOn, consentMethod, consented);
        try {
            desk.refer(caseId, form);
            return "redirect:/cases/" + caseId + "/referrals";
        } catch (InvalidReferral e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(cases.read(caseId, "referral.list"), form, e.problems(), model);
        }
    }

    @PostMapping("/referrals/{id}/withdraw")
    @Confirms("saved.referrals.withdrawn")
    String withdraw(@PathVariable String id) {
        Referral referral = desk.withdraw(parseReferral(id));
        return "redirect:/cases/" + referral.caseId() + "/referrals";
    }

    @PostMapping("/referrals/{id}/answer")
    @Confirms("saved.referrals.answered")
    String answer(@PathVariable String id, @RequestParam(defaultValue = "false") boolean accepted,
                  @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
        try {
            Referral referral = desk.answerByHand(parseReferral(id), accepted, reason);
            return "redirect:/cases/" + referral.caseId() + "/referrals";
        } catch (InvalidAnswer e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("answerError", e.referral().id());
            model.addAttribute("answerReason", reason);
            return page(cases.read(e.referral().caseId(), "referral.list"), ReferralForm.empty(), Map.of(), model);
        }
    }

    private String page(CaseRef ref, ReferralForm form, Map<String, String> problems, Model model) {
        var locale = LocaleContextHolder.getLocale();
        List<Outgoing> outgoing = desk.ofCase(ref).stream().map(r -> new Outgoing(r,
                partners.name(r.partnerId()).orElse("?"), desk.consentBy(r),
                r.external() ? desk.summaryForReferringSide(r).asText(f -> messages.getMessage(f.messageKey(), null, locale)) : null))
                .toList();
        model.addAttribute("ref", ref);
        model.addAttribute("referrals", outgoing);
        model.addAttribute("partners", ref.mayChange() ? partners.of(ref.organizationId()) : List.of());
        model.addAttribute("fields", SummaryField.values());
        model.addAttribute("methods", ConsentMethod.values());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "referrals/case";
    }

    static CaseId parse(String id) {
        try {
            return CaseId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new NoSuchCase();
        }
    }

    static UUID parseReferral(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ReferralNotFound();
        }
    }
}
