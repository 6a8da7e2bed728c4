package org.passage.dossier.internal;

import org.apache.pdfbox.Loader;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.crypto.OrganizationSigning;
import org.passage.crypto.PublicSigningKey;
import org.passage.dossier.SignatureFile;
import org.passage.evidence.EvidenceLocker;
import org.passage.geo.Territory;
import org.passage.journeys.Journeys;
import org.passage.organizations.Organizations;
import org.passage.security.CurrentStaff;
import org.passage.security.StaffPrincipal;
import org.passage.vetting.VettingRecord;
import org.passage.vetting.VettingRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Exports a case's dossier: need to know (one pass through the case's door, whose ticket every part of the export
 * then uses, so the case is checked and audited once) and the {@link ExportPolicy} first, then a confirmed vetting decision,
 * then gathering, redaction, rendering and signing; the signed PDF is logged (sealed) and the export audited
 * with its SHA-256, all in one transaction, so a refusal or a failure leaves nothing behind. Every evidence
 * item listed is recorded as transferred to the recipient in its chain of custody.
 */
@Service
class DossierExports {

    private static final Logger log = LoggerFactory.getLogger(DossierExports.class);

    /** A finished export: what the browser downloads next. */
    record Export(UUID id, String fileName) {
    }

    private final Cases cases;
    private final Journeys journeys;
    private final ObjectProvider<VettingRecords> vetting;
    private final ObjectProvider<EvidenceLocker> evidence;
    private final ObjectProvider<Territory> territory;
    private final Organizations organizations;
    private final org.passage.organizations.StaffDirectory directory;
    private final OrganizationSigning signing;
    private final CurrentStaff staff;
    private final ExportLog exportLog;
    private final AuditTrail audit;
    private final DossierRenderer renderer = new DossierRenderer();
    Clock clock = Clock.systemUTC();

    DossierExports(Cases cases, Journeys journeys, ObjectProvider<VettingRecords> vetting,
                   ObjectProvider<EvidenceLocker> evidence, ObjectProvider<Territory> territory, Organizations organizations,
                   org.passage.organizations.StaffDirectory directory, OrganizationSigning signing, CurrentStaff staff, ExportLog exportLog, AuditTrail audit) {
        this.cases = cases;
        this.journeys = journeys;
        this.vetting = vetting;
        this.evidence = evidence;
        this.territory = territory;
        this.organizations = organizations;
        this.directory = directory;
        this.signing = signing;
        this.staff = staff;
        this.exportLog = exportLog;
        this.audit = audit;
    }

    /** Checks need to know and the exporter's roles before the form's fields: a stranger learns nothing from errors. */
    @Transactional
    public Export export(CaseId caseId, @Nullable String language, @Nullable String profile, @Nullable String recipient) {
        CaseRef ref = cases.read(caseId, "dossier.export");
        StaffPrincipal me = staff.principal();
        var event = AuditEvent.of("dossier.export", "case", caseId, ref.organizationId());
        if (!ExportPolicy.mayExport(me.roles())) {
            audit.record(event.denied("the exporter's roles may not export dossiers"));
            throw new AccessDeniedException("may not export dossiers");
        }
        ExportRequest request;
        try {
            request = ExportRequest.of(language, profile, recipient);
        } catch (DossierRefused refused) {
            audit.record(event.failed(refused.getMessage()));
            throw refused;
        }
        if (!ExportPolicy.profilesFor(me.roles()).contains(request.profile())) {
            audit.record(event.denied("profile " + request.profile() + " not allowed for the exporter's roles"));
            throw new AccessDeniedException("may not export a " + request.profile() + " dossier");
        }
        var steps = new StepTimes();
        VettingRecord record;
        try {
            record = vettingOf(ref, request.language().locale());
            steps.done("vetting");
            DossierAssembly.lockedDecision(record);
        } catch (DossierRefused refused) {
            audit.record(event.failed(refused.getMessage()));
            throw refused;
        }
        UUID exportId = UUID.randomUUID();
        String organization = organizations.find(ref.organizationId()).orElseThrow().name();
        var applicant = cases.record(ref);
        var cover = new Dossier.Cover(organization, applicant.caseCode(), exportId, request.profile(), request.language(), clock.instant(),
                me.displayName(), request.recipient());
        var history = journeys.history(ref);
        steps.done("case and journey");
        Dossier full = DossierAssembly.assemble(cover, applicant, history, record,
                by -> staffName(ref.organizationId(), by), this::mapLayers);
        steps.done("assembly and maps");
        Dossier redacted = Redaction.apply(request.profile(), full);
        byte[] pdf = renderer.pdf(redacted);
        steps.done("pdf");
        String fileName = "dossier-" + applicant.caseCode() + "-" + request.profile().name().toLowerCase(Locale.ROOT) + "-"
                + exportId.toString().substring(0, 8) + ".pdf";
        SignatureFile signature = DossierSigner.sign(signing, ref.organizationId(), cover, fileName, pdf);
        steps.done("signature");
        exportLog.add(ref.organizationId(), caseId, me.staffId(), pages(pdf), pdf, signature);
        recordTransfers(ref, full, request.recipient(), exportId);
        steps.done("log and custody");
        log.info("dossier export {} took {}", exportId, steps);
        cases.note(ref, ("export " + exportId + ", profile " + request.profile() + ", language " + request.language().code()
                + ", sha256 " + signature.pdfSha256()));
        return new Export(exportId, fileName);
    }

    /** The case as the export form shows it again after a refusal (read, and audited, as any read of the case). */
    @Transactional(readOnly = true)
    public CaseRef caseForForm(CaseId caseId) {
        return cases.read(caseId, "dossier.form");
    }

    /** The case's past exports, newest first, for someone who may export (else empty). */
    @Transactional(readOnly = true)
    public List<ExportLog.Entry> exports(CaseRef ref) {
        return ExportPolicy.mayExport(staff.principal().roles()) ? exportLog.ofCase(ref.organizationId(), ref.id()) : List.of();
    }

    /** The signed PDF or its signature file of a past export, audited as a download. */
    @Transactional
    public Download download(CaseId caseId, UUID exportId, boolean signatureFile) {
        CaseRef ref = cases.read(caseId, "dossier.download");
        var event = AuditEvent.of("dossier.download", "case", caseId, ref.organizationId());
        if (!ExportPolicy.mayExport(staff.principal().roles())) {
            audit.record(event.denied("may not export dossiers"));
            throw new AccessDeniedException("may not download dossiers");
        }
        var found = exportLog.find(ref.organizationId(), caseId, exportId);
        if (found.isEmpty()) {
            // another case's export, another organization's, or none: the same 404, and the try is on the trail
            audit.record(event.failed("no such export " + exportId + " of this case"));
            throw new NoSuchExport();
        }
        ExportLog.Entry entry = found.get();
        cases.note(ref, "export " + exportId + (signatureFile ? ", signature file" : ", pdf"));
        return signatureFile ? new Download(entry.fileName() + ".sig", "text/plain", entry.signature().bytes())
                : new Download(entry.fileName(), "application/pdf", exportLog.pdf(ref.organizationId(), exportId));
    }

    /** The current staff member's organization's public key (public: no need to know). */
    public PublicSigningKey publicKey() {
        return signing.publicKey(staff.organizationId());
    }

    record Download(String fileName, String mediaType, byte[] bytes) {
    }

    /** An export that does not exist for this case (404). */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static final class NoSuchExport extends RuntimeException {
        NoSuchExport() {
            super("no such export");
        }
    }

    private VettingRecord vettingOf(CaseRef ref, Locale language) {
        VettingRecords records = vetting.getIfAvailable();
        Optional<VettingRecord> record = records == null ? Optional.empty() : records.forCase(ref, language);
        return record.orElseThrow(() -> new DossierRefused("case", "dossier.error.noVetting",
                "the case has no vetting: a dossier states a confirmed vetting decision"));
    }

    private @Nullable String mapLayers(LocalDate date) {
        Territory geo = territory.getIfAvailable();
        if (geo == null) {
            return null;
        }
        try {
            LocalDate day = date;
            var coverage = geo.coverage();
            if (day.isBefore(coverage.from())) {
                day = coverage.from();
            } else if (day.isAfter(coverage.to())) {
                day = coverage.to();
            }
            return geo.mapLayers(day);
        } catch (RuntimeException e) {
            log.warn("dossier map left out: the geo data cannot draw it ({})", e.getClass().getSimpleName());
            return null;
        }
    }

    /** A staff id as the evidence locker records it, as that member's name (only within the organization). */
    private String staffName(UUID organizationId, String recorded) {
        try {
            return directory.find(UUID.fromString(recorded)).filter(m -> organizationId.equals(m.organizationId()))
                    .map(org.passage.organizations.StaffMember::displayName).orElse(recorded);
        } catch (IllegalArgumentException notAnId) {
            return recorded;
        }
    }

    private void recordTransfers(CaseRef ref, Dossier dossier, String recipient, UUID exportId) {
        EvidenceLocker locker = evidence.getIfAvailable();
        if (locker == null) {
            return;
        }
        dossier.findings().stream().flatMap(f -> f.evidence().stream()).map(Dossier.Evidence::id).distinct()
                .filter(id -> locker.item(ref, id).isPresent())
                .forEach(id -> locker.recordTransfer(ref, id, recipient, "listed in dossier export " + exportId));
    }

    private static int pages(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("the rendered dossier does not open as a PDF", e);
        }
    }

    /** Where an export's time goes, step by step, for the log: an export takes seconds and the page waits on it. */
    static final class StepTimes {
        private final StringBuilder said = new StringBuilder();
        private long last = System.nanoTime();
        private long total;

        void done(String step) {
            long now = System.nanoTime();
            long ms = (now - last) / 1_000_000;
            total += ms;
            last = now;
            said.append(said.isEmpty() ? "" : ", ").append(step).append(' ').append(ms).append(" ms");
        }

        @Override
        public String toString() {
            return total + " ms (" + said + ")";
        }
    }
}
