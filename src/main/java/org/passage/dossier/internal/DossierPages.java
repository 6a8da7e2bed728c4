package org.passage.dossier.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
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
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Exporting a dossier from the case page, downloading a past export (the signed PDF and its signature file)
 * and the organization's public key. A refused export answers 400 with the reason and produces nothing.
 */
@Controller
class DossierPages {

    private final DossierExports exports;
    private final DossierPanel panel;
    private final MessageSource messages;

    DossierPages(DossierExports exports, DossierPanel panel, MessageSource messages) {
        this.exports = exports;
        this.panel = panel;
        this.messages = messages;
    }

    /** What was chosen on the export form, shown again after a refusal. */
    record Chosen(@Nullable String language, @Nullable String profile, @Nullable String recipient) {
    }

    @PostMapping("/cases/{id}/dossiers")
    @Confirms("saved.dossier")
    String export(@PathVariable String id, @RequestParam(required = false) @Nullable String language,
                  @RequestParam(required = false) @Nullable String profile, @RequestParam(required = false) @Nullable String recipient,
                  Model model, HttpServletResponse response) {
        CaseId caseId = parse(id);
        try {
            var export = exports.export(caseId, language, profile, recipient);
            return "redirect:/cases/" + caseId + "?exported=" + export.id() + "#dossier";
        } catch (DossierRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            // sent with htmx, the refusal is shown in place; its address (the POST's) is not one to go back to
            response.setHeader("HX-Push-Url", "false");
            model.addAttribute("caseId", caseId);
            model.addAttribute("field", refused.field());
            model.addAttribute("message", messages.getMessage(refused.messageKey(), refused.arguments(), refused.getMessage(),
                    LocaleContextHolder.getLocale()));
            if (!"case".equals(refused.field())) {
                // a field was wrong: the form again, with what was chosen and typed, rather than a page that lost it
                model.addAttribute("panel", panel.data(exports.caseForForm(caseId)));
                model.addAttribute("chosen", new Chosen(language, profile, recipient));
            }
            return "dossier/refused";
        }
    }

    @GetMapping("/cases/{id}/dossiers/{export}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable String export) {
        return download(exports.download(parse(id), exportId(export), false));
    }

    @GetMapping("/cases/{id}/dossiers/{export}/sig")
    ResponseEntity<byte[]> signature(@PathVariable String id, @PathVariable String export) {
        return download(exports.download(parse(id), exportId(export), true));
    }

    @GetMapping("/dossier/public-key")
    ResponseEntity<byte[]> publicKey() {
        var key = exports.publicKey();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("passage-signing-key-" + key.keyId() + ".json", StandardCharsets.UTF_8).build().toString())
                .header("X-Key-Fingerprint", key.fingerprint())
                .body(key.jsonBytes());
    }

    private static ResponseEntity<byte[]> download(DossierExports.Download file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.bytes());
    }

    /** A malformed id is answered like an unknown one. */
    static CaseId parse(String id) {
        try {
            return CaseId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static UUID exportId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
