package org.passage.evidence.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseAccess;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.evidence.CustodyEvent;
import org.passage.evidence.EvidenceContent;
import org.passage.evidence.EvidenceInput;
import org.passage.evidence.EvidenceItem;
import org.passage.evidence.EvidenceLocker;
import org.passage.evidence.InvalidEvidence;
import org.passage.security.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence locker: need to know through {@link CaseAccess} (capturing needs the change right; opening,
 * verifying and recording a transfer need the read right, since whoever may see an item must be able to log
 * what he did with it), every step audited and written to the item's custody chain in the same transaction.
 * Everything is validated before anything is written, so a refused capture stores nothing.
 */
@Service
class SealedEvidenceLocker implements EvidenceLocker {

    static final int MAX_PURPOSE = 500;
    static final int MAX_RECIPIENT = 200;
    /** Clocks of phones and cameras drift; a capture a few minutes "ahead" is not a typo. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    private final CaseAccess access;
    private final EvidenceTable table;
    private final CustodyLog custody;
    private final AuditTrail audit;
    private final CurrentStaff staff;
    private final CaptureRight captureRight;
    private final Clock clock;

    SealedEvidenceLocker(CaseAccess access, EvidenceTable table, CustodyLog custody, AuditTrail audit, CurrentStaff staff,
                         CaptureRight captureRight, Clock clock) {
        this.access = access;
        this.table = table;
        this.custody = custody;
        this.audit = audit;
        this.staff = staff;
        this.captureRight = captureRight;
        this.clock = clock;
    }

    /** An item with its custody log, for the details page. */
    public record Record(EvidenceTable.Detailed detailed, List<CustodyEvent> custody, int firstBrokenLink, CaseRef ref) {
        public boolean chainIntact() {
            return firstBrokenLink < 0;
        }
    }

    @Override
    @Transactional
    public EvidenceItem capture(CaseId caseId, EvidenceInput input) {
        byte[] content = input.content();
        return capture(caseId, input, content == null ? null : Original.of(content));
    }

    /** A capture whose bytes were hashed while they streamed in (the upload form). */
    @Transactional
    EvidenceItem capture(CaseId caseId, EvidenceInput input, @Nullable Original original) {
        CaseRef ref = captureRight.check(caseId);
        return store(ref.organizationId(), ref.id(), input, original, staff.staffId().toString(), clock.instant());
    }

    /** Stores without a person (demo data); the caller has decided the organization and case. */
    EvidenceItem store(UUID organizationId, CaseId caseId, EvidenceInput input, @Nullable Original original, String actor,
                       Instant when) {
        // at PostgreSQL's precision, so the item returned equals the item read back
        Instant now = CustodyChain.stored(when);
        Instant capturedAt = CustodyChain.stored(input.capturedAt());
        checkCaptureTime(capturedAt, now);
        String mediaType = null;
        if (original != null) {
            if (original.bytes().length > EvidenceType.MAX_BYTES) {
                throw new InvalidEvidence("content", "evidence.error.size", EvidenceType.MAX_BYTES / (1024 * 1024));
            }
            mediaType = EvidenceType.of(original.bytes()).orElseThrow(() -> new InvalidEvidence("content", "evidence.error.type"))
                    .mediaType();
        }
        var item = new EvidenceItem(UUID.randomUUID(), caseId, input.kind(), input.label(),
                input.url() == null ? null : input.url().toString(), original == null ? null : original.sha256(),
                original == null ? 0 : original.bytes().length, mediaType, capturedAt, actor, now,
                input.identifiesSource(), original != null);
        table.add(organizationId, item, input, original);
        audit.record(AuditEvent.of("evidence.capture", "case", caseId, organizationId)
                .withDetail("evidence " + item.id() + " " + item.kind() + (item.archived() ? " " + item.size() + " bytes" : " not archived")));
        custody.append(organizationId, item.id(), now, actor, CustodyEvent.Action.CAPTURED, item.archived()
                ? "SHA-256 " + item.sha256() + ", " + item.size() + " bytes, " + item.mediaType()
                : "URL recorded without an archived copy (Passage does not fetch from the network)");
        return item;
    }

    @Override
    @Transactional
    public List<EvidenceItem> ofCase(CaseId caseId) {
        CaseRef ref = access.read(caseId, "evidence.list");
        return table.ofCase(ref.organizationId(), caseId);
    }

    /** The items of a case whose read was already allowed and audited (the case page's panel). */
    @Transactional(readOnly = true)
    List<EvidenceItem> ofCase(CaseRef ref) {
        return table.ofCase(ref.organizationId(), ref.id());
    }

    @Override
    @Transactional
    public Optional<EvidenceItem> item(CaseId caseId, UUID evidenceId) {
        CaseRef ref = access.read(caseId, "evidence.read");
        return table.find(ref.organizationId(), caseId, evidenceId).map(EvidenceTable.Detailed::item);
    }

    @Transactional
    Record record(CaseId caseId, UUID evidenceId) {
        CaseRef ref = access.read(caseId, "evidence.read");
        var detailed = table.find(ref.organizationId(), caseId, evidenceId).orElseThrow(NoSuchEvidence::new);
        return new Record(detailed, custody.events(ref.organizationId(), evidenceId),
                custody.firstBroken(ref.organizationId(), evidenceId), ref);
    }

    @Override
    @Transactional
    public EvidenceContent open(CaseId caseId, UUID evidenceId, String purpose) {
        return download(caseId, evidenceId, purpose).content();
    }

    /** The archived copy with the name it was uploaded under (the download page); logs OPENED like {@link #open}. */
    @Transactional
    Download download(CaseId caseId, UUID evidenceId, String purpose) {
        String why = text("purpose", purpose, MAX_PURPOSE);
        CaseRef ref = access.read(caseId, "evidence.open");
        var detailed = table.find(ref.organizationId(), caseId, evidenceId).orElseThrow(NoSuchEvidence::new);
        byte[] bytes = table.content(ref.organizationId(), caseId, evidenceId)
                .orElseThrow(() -> new InvalidEvidence("purpose", "evidence.error.notArchived"));
        custody.append(ref.organizationId(), evidenceId, clock.instant(), actor(), CustodyEvent.Action.OPENED, why);
        return new Download(new EvidenceContent(detailed.item(), bytes), detailed.fileName());
    }

    /** An opened copy and its original file name, if there was one. */
    record Download(EvidenceContent content, @Nullable String fileName) {
    }

    @Override
    @Transactional
    public void recordTransfer(CaseId caseId, UUID evidenceId, String recipient, String purpose) {
        passOn(caseId, evidenceId, recipient, purpose, CustodyEvent.Action.TRANSFERRED, "evidence.transfer");
    }

    @Override
    @Transactional
    public void recordExport(CaseId caseId, UUID evidenceId, String recipient, String purpose) {
        passOn(caseId, evidenceId, recipient, purpose, CustodyEvent.Action.EXPORTED, "evidence.export");
    }

    @Override
    @Transactional
    public Verification verify(CaseId caseId, UUID evidenceId) {
        CaseRef ref = access.read(caseId, "evidence.verify");
        EvidenceItem item = existing(ref, evidenceId);
        byte[] bytes = table.content(ref.organizationId(), caseId, evidenceId)
                .orElseThrow(() -> new InvalidEvidence("verify", "evidence.error.notArchived"));
        String actual = Original.sha256(bytes);
        boolean matches = actual.equals(item.sha256());
        custody.append(ref.organizationId(), evidenceId, clock.instant(), actor(), CustodyEvent.Action.VERIFIED,
                matches ? "SHA-256 matches: " + actual : "SHA-256 MISMATCH: captured " + item.sha256() + ", now " + actual);
        return new Verification(evidenceId, matches, item.sha256(), actual);
    }

    @Override
    @Transactional
    public List<CustodyEvent> custody(CaseId caseId, UUID evidenceId) {
        CaseRef ref = access.read(caseId, "evidence.custody.read");
        existing(ref, evidenceId);
        return custody.events(ref.organizationId(), evidenceId);
    }

    private void passOn(CaseId caseId, UUID evidenceId, String recipient, String purpose, CustodyEvent.Action action,
                        String auditAction) {
        String to = text("recipient", recipient, MAX_RECIPIENT);
        String why = text("purpose", purpose, MAX_PURPOSE);
        CaseRef ref = access.read(caseId, auditAction);
        existing(ref, evidenceId);
        custody.append(ref.organizationId(), evidenceId, clock.instant(), actor(), action, "to " + to + ": " + why);
    }

    private EvidenceItem existing(CaseRef ref, UUID evidenceId) {
        return table.find(ref.organizationId(), ref.id(), evidenceId).orElseThrow(NoSuchEvidence::new).item();
    }

    private String actor() {
        return staff.staffId().toString();
    }

    private static void checkCaptureTime(Instant capturedAt, Instant now) {
        if (capturedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidEvidence("capturedAt", "evidence.error.capturedAt.future");
        }
        if (capturedAt.isBefore(EARLIEST)) {
            throw new InvalidEvidence("capturedAt", "evidence.error.capturedAt.past");
        }
    }

    /** A required one-line text: stripped, not empty, bounded, without control characters. */
    static String text(String field, @Nullable String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidEvidence(field, "evidence.error." + field + ".required");
        }
        if (text.length() > max || text.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidEvidence(field, "evidence.error.text", max);
        }
        return text;
    }
}
