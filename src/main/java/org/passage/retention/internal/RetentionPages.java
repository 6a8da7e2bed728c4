package org.passage.retention.internal;

import org.passage.web.Confirms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.NoSuchCase;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A case's retention page for coordinators: legal hold, the person's erasure request and its confirmation. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class RetentionPages {

    static final int MAX_REASON = 2000;

    private final ErasureDesk desk;

    RetentionPages(ErasureDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/cases/{id}/retention")
    String page(@PathVariable String id, Model model, HttpServletResponse response) {
        return show(caseId(id), model, null, HttpStatus.OK, response);
    }

    @Confirms("saved.retention.hold")
    @PostMapping("/cases/{id}/retention/hold")
    String placeHold(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
        CaseId caseId = caseId(id);
        String stripped = reason.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_REASON || stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            return show(caseId, model, "retention.error.reason", HttpStatus.BAD_REQUEST, response);
        }
        desk.placeHold(caseId, stripped);
        return "redirect:/cases/" + caseId + "/retention";
    }

    @Confirms("saved.retention.holdLifted")
    @PostMapping("/cases/{id}/retention/hold/lift")
    String liftHold(@PathVariable String id) {
        desk.liftHold(caseId(id));
        return "redirect:/cases/" + id + "/retention";
    }

    @Confirms("saved.retention.request")
    @PostMapping("/cases/{id}/retention/erasure")
    String request(@PathVariable String id) {
        desk.requestErasure(caseId(id));
        return "redirect:/cases/" + id + "/retention";
    }

    @Confirms("saved.retention.withdrawn")
    @PostMapping("/cases/{id}/retention/erasure/withdraw")
    String withdraw(@PathVariable String id) {
        desk.withdrawRequest(caseId(id));
        return "redirect:/cases/" + id + "/retention";
    }

    @Confirms("saved.retention.erased")
    @PostMapping("/cases/{id}/retention/erasure/confirm")
    String confirm(@PathVariable String id, Model model, HttpServletResponse response) {
        CaseId caseId = caseId(id);
        try {
            model.addAttribute("record", desk.confirmErasure(caseId));
            return "retention/erased";
        } catch (ErasureDesk.SamePerson e) {
            return show(caseId, model, "retention.error.samePerson", HttpStatus.CONFLICT, response);
        } catch (ErasureDesk.SameBrowser e) {
            return show(caseId, model, e.unknown() ? "retention.error.browserUnknown" : "retention.error.sameBrowser", HttpStatus.CONFLICT, response);
        } catch (Erasing.OnLegalHold e) {
            return show(caseId, model, "retention.error.held", HttpStatus.CONFLICT, response);
        } catch (ErasureDesk.NoRequest e) {
            return show(caseId, model, "retention.error.noRequest", HttpStatus.CONFLICT, response);
        }
    }

    private String show(CaseId id, Model model, @Nullable String errorKey, HttpStatus status, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("view", desk.view(id));
        model.addAttribute("errorKey", errorKey);
        return "retention/case";
    }

    private static CaseId caseId(String id) {
        try {
            return new CaseId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NoSuchCase();
        }
    }
}
