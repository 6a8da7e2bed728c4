package org.passage.cases.internal;

import org.passage.web.Confirms;

import org.passage.cases.NoSuchCase;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.Cases;
import org.passage.cases.CaseRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents of a case: upload (type recognized from the bytes, size limited, image and PDF metadata stripped,
 * then sealed), list and download. Each is authorized through {@link Cases} and audited.
 */
@Controller
class DocumentPages {

    static final int MAX_NAME = 120;
    private final Cases cases;
    private final CaseDocuments documents;
    private final Readers readers;
    private final MessageSource messages;
    private final Clock clock;

    DocumentPages(Cases cases, CaseDocuments documents, Readers readers, MessageSource messages,
                  Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.readers = readers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cases/{id}/documents")
    @Transactional
    String list(@PathVariable String id, Model model) {
        return page(cases.read(CasePages.parse(id), "case.documents.read"), model);
    }

    @PostMapping("/cases/{id}/documents")
    @Confirms("saved.document")
    @Transactional
    String upload(@PathVariable String id, @RequestParam(required = false) @Nullable MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        CaseRef ref = cases.change(CasePages.parse(id), "case.document");
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidCaseInput("file", "cases.documents.error.empty");
            }
            if (file.getSize() > DocumentType.MAX_BYTES) {
                throw new InvalidCaseInput("file", "cases.documents.error.size", DocumentType.MAX_BYTES / (1024 * 1024));
            }
            byte[] bytes = file.getBytes();
            DocumentType type = DocumentType.of(bytes).orElseThrow(() -> new InvalidCaseInput("file", "cases.documents.error.type"));
            byte[] clean = type == DocumentType.PDF ? PdfMetadata.strip(bytes) : ImageMetadata.strip(type, bytes);
            UUID stored = documents.add(ref.organizationId(), ref.id(), fileName(file.getOriginalFilename(), type), type, clean,
                    clock.instant(), readers.current().staffId());
            cases.note(ref, "document " + stored + " " + type + " " + clean.length + " bytes");
            return "redirect:/cases/" + ref.id() + "/documents";
        } catch (InvalidCaseInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", messages.getMessage(e.getMessage(), e.arguments(), e.getMessage(),
                    LocaleContextHolder.getLocale()));
            return page(ref, model);
        }
    }

    @GetMapping("/cases/{id}/documents/{document}")
    @Transactional
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable UUID document) {
        CaseRef ref = cases.read(CasePages.parse(id), "case.document.read");
        var content = documents.content(ref.organizationId(), ref.id(), document).orElseThrow(NoSuchCase::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.type().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content.bytes());
    }

    private String page(CaseRef ref, Model model) {
        model.addAttribute("ref", ref);
        model.addAttribute("documents", documents.of(ref.organizationId(), ref.id()));
        model.addAttribute("maxMegabytes", DocumentType.MAX_BYTES / (1024 * 1024));
        return "cases/documents";
    }

    /** The name as uploaded, without any path, control characters or overlength; a neutral name if none is left. */
    static String fileName(@Nullable String original, DocumentType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        return name.isEmpty() ? "document." + type.name().toLowerCase(java.util.Locale.ROOT) : name;
    }
}
