package org.passage.evidence.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.Cases;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.evidence.EvidenceInput;
import org.passage.evidence.EvidenceLocker;
import org.passage.evidence.InvalidEvidence;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evidence pages of a case: the capture form, an item's details with its custody log, and the actions
 * there (open with a purpose, verify, record a transfer). A refused form comes back with 400 and the message
 * beside its field; nothing is stored. Need to know is the locker's; the form page checks it first so a
 * reader without the change right gets 403 before any validation.
 */
@Controller
class EvidencePages {

    private final SealedEvidenceLocker locker;
    private final Cases cases;
    private final CaptureRight captureRight;
    private final StaffNames names;
    private final MessageSource messages;
    private final Clock clock;

    EvidencePages(SealedEvidenceLocker locker, Cases cases, CaptureRight captureRight, StaffNames names,
                  MessageSource messages, Clock clock) {
        this.locker = locker;
        this.cases = cases;
        this.captureRight = captureRight;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cases/{id}/evidence/new")
    String captureForm(@PathVariable String id, Model model) {
        CaseRef ref = captureRight.check(caseId(id));
        return capturePage(ref, CaptureForm.empty(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))), model);
    }

    @PostMapping("/cases/{id}/evidence/new")
    @Confirms("saved.evidence.captured")
    @org.springframework.transaction.annotation.Transactional
    String capture(@PathVariable String id, @RequestParam(required = false) @Nullable String kind,
                   @RequestParam(required = false) @Nullable String label, @RequestParam(required = false) @Nullable String url,
                   @RequestParam(required = false) @Nullable String capturedAt, @RequestParam(required = false) @Nullable String note,
                   @RequestParam(defaultValue = "false") boolean identifiesSource,
                   @RequestParam(required = false) @Nullable MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        CaseRef ref = captureRight.check(caseId(id));
        var form = new CaptureForm(kind, label, url, capturedAt, note, identifiesSource);
        try {
            Original original = null;
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > EvidenceType.MAX_BYTES) {
                    throw new InvalidEvidence("content", "evidence.error.size", EvidenceType.MAX_BYTES / (1024 * 1024));
                }
                original = Original.read(file.getInputStream(), EvidenceType.MAX_BYTES);
            }
            EvidenceInput input = form.input(original == null ? null : original.bytes(), file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType());
            var item = locker.capture(ref, input, original);
            return "redirect:/cases/" + ref.id() + "/evidence/" + item.id();
        } catch (InvalidEvidence e) {
            refused(e, model, response);
            return capturePage(ref, form, model);
        }
    }

    @GetMapping("/cases/{id}/evidence/{evidence}")
    String details(@PathVariable String id, @PathVariable String evidence, Model model) {
        return detailsPage(locker.record(cases.read(caseId(id), "evidence.read"), evidenceId(evidence)), model);
    }

    /** A POST, not a link: opening is logged with its purpose, and a prefetch or crawler must never open anything. */
    @PostMapping("/cases/{id}/evidence/{evidence}/open")
    Object open(@PathVariable String id, @PathVariable String evidence, @RequestParam(required = false) @Nullable String purpose,
                Model model, HttpServletResponse response) {
        CaseId caseId = caseId(id);
        UUID evidenceId = evidenceId(evidence);
        CaseRef ticket = cases.read(caseId, "evidence.open");
        try {
            var download = locker.download(ticket, evidenceId, purpose == null ? "" : purpose);
            String name = download.fileName() == null ? "evidence-" + evidenceId : download.fileName();
            // always an attachment and never sniffed: a saved web page must not run inside Passage
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_OCTET_STREAM)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                            .build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(download.content().bytes());
        } catch (InvalidEvidence e) {
            refused(e, model, response);
            model.addAttribute("errorForm", "open");
            model.addAttribute("purpose", purpose);
            return detailsPage(locker.record(ticket, evidenceId), model);
        }
    }

    @PostMapping("/cases/{id}/evidence/{evidence}/verify")
    @Confirms("saved.evidence.verified")
    String verify(@PathVariable String id, @PathVariable String evidence, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        CaseId caseId = caseId(id);
        UUID evidenceId = evidenceId(evidence);
        CaseRef ticket = cases.read(caseId, "evidence.verify");
        try {
            EvidenceLocker.Verification result = locker.verify(ticket, evidenceId);
            redirect.addFlashAttribute("verified", result.matches() ? "match" : "mismatch");
            return "redirect:/cases/" + caseId + "/evidence/" + evidenceId;
        } catch (InvalidEvidence e) {
            refused(e, model, response);
            return detailsPage(locker.record(ticket, evidenceId), model);
        }
    }

    @PostMapping("/cases/{id}/evidence/{evidence}/transfer")
    @Confirms("saved.evidence.transferred")
    String transfer(@PathVariable String id, @PathVariable String evidence,
                    @RequestParam(required = false) @Nullable String recipient,
                    @RequestParam(required = false) @Nullable String purpose, Model model, HttpServletResponse response) {
        CaseId caseId = caseId(id);
        UUID evidenceId = evidenceId(evidence);
        CaseRef ticket = cases.read(caseId, "evidence.transfer");
        try {
            locker.recordTransfer(ticket, evidenceId, recipient == null ? "" : recipient, purpose == null ? "" : purpose);
            return "redirect:/cases/" + caseId + "/evidence/" + evidenceId;
        } catch (InvalidEvidence e) {
            refused(e, model, response);
            model.addAttribute("errorForm", "transfer");
            model.addAttribute("recipient", recipient);
            model.addAttribute("transferPurpose", purpose);
            return detailsPage(locker.record(ticket, evidenceId), model);
        }
    }

    private String capturePage(CaseRef ref, CaptureForm form, Model model) {
        model.addAttribute("ref", ref);
        model.addAttribute("form", form);
        model.addAttribute("kinds", EvidenceInput.Kind.values());
        model.addAttribute("maxMegabytes", EvidenceType.MAX_BYTES / (1024 * 1024));
        return "evidence/new";
    }

    private String detailsPage(SealedEvidenceLocker.Record record, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("item", record.detailed().item());
        model.addAttribute("names", names.of(record.ref().organizationId()));
        return "evidence/item";
    }

    private void refused(InvalidEvidence e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errorField", e.field());
        model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                LocaleContextHolder.getLocale()));
    }

    /** A malformed id is answered like an unknown case or item. */
    private static CaseId caseId(String id) {
        try {
            return CaseId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static UUID evidenceId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new EvidenceLocker.NoSuchEvidence();
        }
    }
}
