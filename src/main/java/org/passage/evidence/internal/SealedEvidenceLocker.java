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
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.evidence.CustodyEvent;
import org.passage.evidence.EvidenceContent;
import org.passage.evidence.EvidenceInput;
import org.passage.evidence.EvidenceItem;
import org.passage.evidence.EvidenceLocker;
import org.passage.evidence.InvalidEvidence;
import org.passage.security.CurrentStaff;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence locker: it works with the caller's ticket to the case, so need to know was decided and the act audited
 * once at the case's door (capturing needs a ticket to change the case, or an analyst's to read it; opening, verifying
 * and recording a transfer a ticket to read it, since whoever may see an item must be able to log what he did with
 * it). Each step is written to the item's custody chain; a capture is noted on the ticket's audit row. Everything is
 * validated before anything is written, so a refused capture stores nothing.
 */
@Service
class SealedEvidenceLocker implements EvidenceLocker {

    static final int MAX_PURPOSE = 500;
    static final int MAX_RECIPIENT = 200;
    /** Clocks of phones and cameras drift; a capture a few minutes "ahead" is not a typo. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    private final Cases cases;
    private final EvidenceTable table;
    private final CustodyLog custody;
    private final AuditTrail audit;
    private final CurrentStaff staff;
    private final CaptureRight captureRight;
    private final Clock clock;

    SealedEvidenceLocker(Cases cases, EvidenceTable table, CustodyLog custody, AuditTrail audit,
                         CurrentStaff staff, CaptureRight captureRight, Clock clock) {
        this.cases = cases;
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
    @Transactional(noRollbackFor = InvalidEvidence.class)
    public EvidenceItem capture(CaseRef ticket, EvidenceInput input) {
        byte[] content = input.content();
        return capture(ticket, input, content == null ? null : Original.of(content));
    }

    /** A capture whose bytes were hashed while they streamed in (the upload form); a refusal has written nothing. */
    @Transactional(noRollbackFor = InvalidEvidence.class)
    EvidenceItem capture(CaseRef ticket, EvidenceInput input, @Nullable Original original) {
        holders(ticket);
        captureRight.require(ticket);
        EvidenceItem item = stored(ticket.organizationId(), ticket.id(), input, original, staff.staffId().toString(), clock.instant());
        cases.note(ticket, captured(item));
        return item;
    }

    /** Stores without a person (demo data), audited as the system; the caller has decided the organization and case. */
    EvidenceItem store(UUID organizationId, CaseId caseId, EvidenceInput input, @Nullable Original original, String actor,
                       Instant when) {
        EvidenceItem item = stored(organizationId, caseId, input, original, actor, when);
        audit.record(AuditEvent.of("evidence.capture", "case", caseId, organizationId).withDetail(captured(item)));
        return item;
    }

    private static String captured(EvidenceItem item) {
        return "evidence " + item.id() + " " + item.kind() + (item.archived() ? " " + item.size() + " bytes" : " not archived");
    }

    private EvidenceItem stored(UUID organizationId, CaseId caseId, EvidenceInput input, @Nullable Original original, String actor,
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
        custody.append(organizationId, item.id(), now, actor, CustodyEvent.Action.CAPTURED, item.archived()
                ? "SHA-256 " + item.sha256() + ", " + item.size() + " bytes, " + item.mediaType()
                : "URL recorded without an archived copy (Passage does not fetch from the network)");
        return item;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvidenceItem> ofCase(CaseRef ticket) {
        holders(ticket);
        return table.ofCase(ticket.organizationId(), ticket.id());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EvidenceItem> item(CaseRef ticket, UUID evidenceId) {
        holders(ticket);
        return table.find(ticket.organizationId(), ticket.id(), evidenceId).map(EvidenceTable.Detailed::item);
    }

    @Transactional(readOnly = true)
    Record record(CaseRef ticket, UUID evidenceId) {
        holders(ticket);
        var detailed = table.find(ticket.organizationId(), ticket.id(), evidenceId).orElseThrow(NoSuchEvidence::new);
        return new Record(detailed, custody.events(ticket.organizationId(), evidenceId),
                custody.firstBroken(ticket.organizationId(), evidenceId), ticket);
    }

    @Override
    @Transactional
    public EvidenceContent open(CaseRef ticket, UUID evidenceId, String purpose) {
        return download(ticket, evidenceId, purpose).content();
    }

    /** The archived copy with the name it was uploaded under (the download page); logs OPENED like {@link #open}. */
    @Transactional
    Download download(CaseRef ticket, UUID evidenceId, String purpose) {
        String why = text("purpose", purpose, MAX_PURPOSE);
        holders(ticket);
        var detailed = table.find(ticket.organizationId(), ticket.id(), evidenceId).orElseThrow(NoSuchEvidence::new);
        byte[] bytes = table.content(ticket.organizationId(), ticket.id(), evidenceId)
                .orElseThrow(() -> new InvalidEvidence("purpose", "evidence.error.notArchived"));
        custody.append(ticket.organizationId(), evidenceId, clock.instant(), actor(), CustodyEvent.Action.OPENED, why);
        return new Download(new EvidenceContent(detailed.item(), bytes), detailed.fileName());
    }

    /** An opened copy and its original file name, if there was one. */
    record Download(EvidenceContent content, @Nullable String fileName) {
    }

    @Override
    @Transactional
    public void recordTransfer(CaseRef ticket, UUID evidenceId, String recipient, String purpose) {
        passOn(ticket, evidenceId, recipient, purpose, CustodyEvent.Action.TRANSFERRED);
    }

    @Override
    @Transactional
    public void recordExport(CaseRef ticket, UUID evidenceId, String recipient, String purpose) {
        passOn(ticket, evidenceId, recipient, purpose, CustodyEvent.Action.EXPORTED);
    }

    @Override
    @Transactional
    public Verification verify(CaseRef ticket, UUID evidenceId) {
        holders(ticket);
        EvidenceItem item = existing(ticket, evidenceId);
        byte[] bytes = table.content(ticket.organizationId(), ticket.id(), evidenceId)
                .orElseThrow(() -> new InvalidEvidence("verify", "evidence.error.notArchived"));
        String actual = Original.sha256(bytes);
        boolean matches = actual.equals(item.sha256());
        custody.append(ticket.organizationId(), evidenceId, clock.instant(), actor(), CustodyEvent.Action.VERIFIED,
                matches ? "SHA-256 matches: " + actual : "SHA-256 MISMATCH: captured " + item.sha256() + ", now " + actual);
        return new Verification(evidenceId, matches, item.sha256(), actual);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CustodyEvent> custody(CaseRef ticket, UUID evidenceId) {
        holders(ticket);
        existing(ticket, evidenceId);
        return custody.events(ticket.organizationId(), evidenceId);
    }

    private void passOn(CaseRef ticket, UUID evidenceId, String recipient, String purpose, CustodyEvent.Action action) {
        String to = text("recipient", recipient, MAX_RECIPIENT);
        String why = text("purpose", purpose, MAX_PURPOSE);
        holders(ticket);
        existing(ticket, evidenceId);
        custody.append(ticket.organizationId(), evidenceId, clock.instant(), actor(), action, "to " + to + ": " + why);
    }

    /** A ticket is honoured only for the staff member it was issued to: the locker logs what a person did. */
    private void holders(CaseRef ticket) {
        if (!ticket.isHeldBy(staff.staffId())) {
            throw new AccessDeniedException("a case ticket is honoured only for the staff member it was issued to");
        }
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
